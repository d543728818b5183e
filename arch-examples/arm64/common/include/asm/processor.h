/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ARM64_PROCESSOR_H
#define _REF_ASM_ARM64_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <linux/string.h>

/*
 * What cpu_switch_to() (entry.S) saves and loads: the AAPCS64 callee-saved
 * registers, sp, and the pc to resume at (the lr of the call).
 */
struct cpu_context {
	unsigned long x19, x20, x21, x22, x23, x24, x25, x26, x27, x28;
	unsigned long fp;
	unsigned long sp;
	unsigned long pc;
};

struct thread_struct {
	struct cpu_context cpu_context;
};

/* The pt_regs slot: right under THREAD_START_SP. */
#define task_pt_regs(p) \
	((struct pt_regs *)((unsigned long)(p)->stack + THREAD_START_SP) - 1)

/* Where a task that is not running will resume, and on which stack. */
#define thread_saved_pc(tsk)	((tsk)->thread.cpu_context.pc)
#define thread_saved_sp(tsk)	((tsk)->thread.cpu_context.sp)

/*
 * Set up @regs to enter a new user image at @pc on stack @sp, at EL0 with
 * SP_EL0 (EL0t).  Everything else starts at zero; not in a syscall.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	memset(regs, 0, sizeof(*regs));
	regs->syscallno = ~0UL;
	regs->pc = pc;
	regs->pstate = PSR_MODE_EL0t;
	regs->sp = sp;
}

#endif
