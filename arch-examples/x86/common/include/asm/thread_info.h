/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86's thread_info, at the bottom of the 8 KiB kernel stack (Linux 3.x:
 * THREAD_SIZE_ORDER 1 on both i386 and x86_64).  Unlike arm, x86 keeps
 * the switch state (sp, ip) in task->thread; thread_info only carries the
 * flags, of which TIF_FORK is the one this kernel uses (x86_64).
 */
#ifndef _REF_ASM_X86_THREAD_INFO_H
#define _REF_ASM_X86_THREAD_INFO_H

#define THREAD_SIZE		8192

/*
 * i386 leaves 8 bytes unused at the top of the stack (Linux names it
 * TOP_OF_KERNEL_STACK_PADDING since 4.1): a trap from kernel mode pushes
 * no ss:sp, so a pt_regs built from such a trap may end 8 bytes short of
 * its normal place without leaving the stack.
 */
#ifdef CONFIG_X86_32
#define TOP_OF_KERNEL_STACK_PADDING	8
#else
#define TOP_OF_KERNEL_STACK_PADDING	0
#endif

/*
 * x86_64: set by copy_thread(), tested by switch_to(), cleared by
 * ret_from_fork: "jump to ret_from_fork instead of returning" (Linux's bit).
 */
#define TIF_FORK		18
#define _TIF_FORK		(1 << TIF_FORK)

#ifndef __ASSEMBLY__
struct task_struct;

struct thread_info {
	struct task_struct *task;
	unsigned long flags;		/* TIF_* */
};

/* The stack is THREAD_SIZE aligned: thread_info is at sp rounded down. */
static inline struct thread_info *current_thread_info(void)
{
	unsigned long sp;

#ifdef CONFIG_X86_32
	asm("movl %%esp, %0" : "=r" (sp));
#else
	asm("movq %%rsp, %0" : "=r" (sp));
#endif
	return (struct thread_info *)(sp & ~(THREAD_SIZE - 1UL));
}
#endif

#endif
