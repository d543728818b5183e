/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ARM_SWITCH_TO_H
#define _REF_ASM_ARM_SWITCH_TO_H

#include <linux/sched.h>

/*
 * entry-armv.S: save prev's callee-saved registers, sp and resume address
 * in its thread_info, load next's.  Returns (in next's context) the task
 * that was running before: "last".
 */
struct task_struct *__switch_to(struct task_struct *prev,
				struct thread_info *prev_ti,
				struct thread_info *next_ti);

#define switch_to(prev, next, last)					\
	((last) = __switch_to((prev), task_thread_info(prev),		\
			      task_thread_info(next)))

#endif
