/* SPDX-License-Identifier: GPL-2.0 */
/*
 * um's thread_info, at the bottom of the 16 KiB kernel stack (Linux's
 * x86_64 um: THREAD_SIZE = PAGE_SIZE << CONFIG_KERNEL_STACK_ORDER, 2).
 * The stacks are arrays inside the kernel's host process; switch_to()
 * moves the host's rsp from one to another.
 */
#ifndef _REF_ASM_UM_THREAD_INFO_H
#define _REF_ASM_UM_THREAD_INFO_H

#define THREAD_SIZE		16384

#ifndef __ASSEMBLY__
struct task_struct;

struct thread_info {
	unsigned long flags;
	struct task_struct *task;
};

/* The stack is THREAD_SIZE aligned: thread_info is at rsp rounded down. */
static inline struct thread_info *current_thread_info(void)
{
	unsigned long sp;

	asm("movq %%rsp, %0" : "=r" (sp));
	return (struct thread_info *)(sp & ~(THREAD_SIZE - 1UL));
}
#endif

#endif
