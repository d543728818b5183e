/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ARM_PROCESSOR_H
#define _REF_ASM_ARM_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

/* Everything arm keeps per thread is in thread_info (cpu_context). */
struct thread_struct {
};

/* The pt_regs slot: right under THREAD_START_SP. */
#define task_pt_regs(p) \
	((struct pt_regs *)((unsigned long)(p)->stack + THREAD_START_SP) - 1)

/* Where a task that is not running will resume, and on which stack. */
#define thread_saved_pc(tsk)	(task_thread_info(tsk)->cpu_context.pc)
#define thread_saved_sp(tsk)	(task_thread_info(tsk)->cpu_context.sp)

/*
 * Set up @regs to enter a new user image at @pc on stack @sp, in USR mode,
 * ARM state, interrupts on.  The rest of the registers start at zero.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	unsigned int i;

	for (i = 0; i < sizeof(regs->uregs) / sizeof(regs->uregs[0]); i++)
		regs->uregs[i] = 0;
	regs->ARM_cpsr = USR_MODE;
	regs->ARM_pc = pc;
	regs->ARM_sp = sp;
}

#endif
