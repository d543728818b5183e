/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k's thread_info, at the bottom of the 8 KiB kernel stack (Linux 3.x).
 * Unlike arm's it holds no register state: resume() keeps the switched-out
 * registers on the task's own stack (struct switch_stack) and the stack
 * pointers in thread_struct (<asm/processor.h>).
 */
#ifndef _REF_ASM_M68K_THREAD_INFO_H
#define _REF_ASM_M68K_THREAD_INFO_H

#define THREAD_SIZE		8192

#ifndef __ASSEMBLY__
struct task_struct;

struct thread_info {
	struct task_struct *task;
};

/*
 * The stack is THREAD_SIZE aligned: thread_info is at sp rounded down.
 * (Linux's MMU m68k also keeps current in %a2; here current is
 * thread_info->task, and %a2 is an ordinary callee-saved register.)
 */
static inline struct thread_info *current_thread_info(void)
{
	struct thread_info *ti;

	asm("movel %%sp,%0\n\t"
	    "andl %1,%0"
	    : "=&d" (ti) : "di" (~(THREAD_SIZE - 1))
	    : "cc");			/* movel and andl set the flags */
	return ti;
}
#endif

#endif
