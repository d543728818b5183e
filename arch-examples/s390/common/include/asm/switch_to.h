/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_S390_SWITCH_TO_H
#define _REF_ASM_S390_SWITCH_TO_H

#include <linux/sched.h>

/*
 * entry.S, as Linux's: prev's r6-r15 go into the stack frame at its r15,
 * r15 into prev->thread.ksp; next's come back from its frame.  r2 is
 * untouched, so next sees prev as the return value ("last").
 */
struct task_struct *__switch_to(struct task_struct *prev,
				struct task_struct *next);

#define switch_to(prev, next, last)					\
	((last) = __switch_to((prev), (next)))

#endif
