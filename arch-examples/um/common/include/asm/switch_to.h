/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_UM_SWITCH_TO_H
#define _REF_ASM_UM_SWITCH_TO_H

#include <linux/sched.h>

/*
 * process.c: save prev's kernel context in prev->thread.switch_buf and
 * resume next's.  Returns, in next, the task that switched to it.
 */
struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next);

#define switch_to(prev, next, last)					\
	((last) = __switch_to((prev), (next)))

#endif
