/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SH_PROCESSOR_H
#define _REF_ASM_SH_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

/*
 * What resume() (entry.S) saves and loads: Linux 3.8's sh thread_struct
 * less the FPU and the debug state: the kernel sp (below it, the pushed
 * r8-r14 and pr) and the address the task resumes at.  copy_thread() fills
 * it for a newborn: pc is where it starts, sp its pt_regs.
 */
struct thread_struct {
	unsigned long sp;
	unsigned long pc;
};

/*
 * Linux 3.8 arch/sh/include/asm/processor_32.h task_pt_regs(): the
 * pt_regs at the very top of the stack.
 */
#define STACK_ALIGN		8
#define task_pt_regs(tsk)						\
	((struct pt_regs *)((unsigned long)(tsk)->stack + THREAD_SIZE) - 1)

/* Where a task that is not running will resume, and on which stack. */
#define thread_saved_pc(tsk)	((tsk)->thread.pc)
#define thread_saved_sp(tsk)	((tsk)->thread.sp)

/*
 * Linux 3.8 arch/sh/include/asm/processor_32.h start_thread(): user mode
 * (SR with MD clear; FD set, as without an FPU), the entry in pc and the
 * stack in r15.  Differs from Linux: every other register starts at
 * zero (Linux keeps the rest of the frame), the interrupt mask stays
 * at 15 (no interrupt is ever enabled) and SR.FD stays set (no FPU
 * state to restore).
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	*regs = (struct pt_regs){ .sr = SR_FD | SR_IMASK, .pc = pc, .tra = -1 };
	regs->regs[15] = sp;
}

#endif
