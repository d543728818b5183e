/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_RISCV_SWITCH_TO_H
#define _REF_ASM_RISCV_SWITCH_TO_H

#include <linux/sched.h>

/*
 * entry.S: save prev's ra, sp and s0-s11 in prev->thread, load next's.
 * Returns (in next's context) the task that was running before: "last".
 */
struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next);

#define switch_to(prev, next, last)					\
	((last) = __switch_to((prev), (next)))

#endif
