/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh's thread_info, at the bottom of the 8 KiB kernel stack (Linux 3.8's
 * THREAD_SIZE for sh with 4 KiB pages): the task's flags and the task.
 */
#ifndef _REF_ASM_SH_THREAD_INFO_H
#define _REF_ASM_SH_THREAD_INFO_H

#define THREAD_SIZE		8192

#ifndef __ASSEMBLY__
struct task_struct;

struct thread_info {
	unsigned long flags;
	struct task_struct *task;
};

/*
 * Linux 3.8 arch/sh/include/asm/thread_info.h current_thread_info(): r15
 * rounded down to the THREAD_SIZE-aligned stack's bottom.  (GCC for sh
 * has no register variable for the stack pointer: it is r15.)
 */
static inline struct thread_info *current_thread_info(void)
{
	struct thread_info *ti;

	__asm__("mov	r15, %0\n\t"
		"and	%1, %0"
		: "=&r"(ti) : "r"(~(THREAD_SIZE - 1)));
	return ti;
}
#endif

#endif
