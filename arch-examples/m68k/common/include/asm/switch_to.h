/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_M68K_SWITCH_TO_H
#define _REF_ASM_M68K_SWITCH_TO_H

#include <linux/sched.h>

/*
 * resume (entry.S), as in Linux: a0 = prev, a1 = next; prev's d6-d7/a3-a6
 * go on its stack, its stack pointers into its thread_struct, and next's
 * come back.  d1 returns (in next's context) the task that ran before:
 * "last".  d0, d2-d5 and a2 hold whatever the other task left in them.
 */
#define switch_to(prev, next, last) do {				\
	register struct task_struct *_prev asm("a0") = (prev);		\
	register struct task_struct *_next asm("a1") = (next);		\
	register struct task_struct *_last asm("d1");			\
									\
	asm volatile("jbsr resume"					\
		     : "+a" (_prev), "+a" (_next), "=d" (_last)		\
		     : : "d0", "d2", "d3", "d4", "d5", "a2", "cc", "memory"); \
	(last) = _last;							\
} while (0)

#endif
