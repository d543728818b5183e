/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_MIPS_PROCESSOR_H
#define _REF_ASM_MIPS_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

/*
 * What resume() (entry.S) saves and loads: Linux 3.8's mips thread_struct
 * less the FPU, DSP and watch state: the callee-saved s0-s7 (reg16-reg23),
 * the kernel sp (reg29), fp (reg30), the resume address (reg31) and Status.
 * copy_thread() fills it for a newborn: reg31 is where it starts.
 */
struct thread_struct {
	unsigned long reg16;
	unsigned long reg17, reg18, reg19, reg20, reg21, reg22, reg23;
	unsigned long reg29, reg30, reg31;
	unsigned long cp0_status;
};

/*
 * Linux 3.8 arch/mips/include/asm/processor.h task_pt_regs() (__KSTK_TOS):
 * the pt_regs 32 bytes below the top of the stack.
 */
#define STACK_ALIGN		8
#define task_pt_regs(tsk)						\
	((struct pt_regs *)((unsigned long)(tsk)->stack + THREAD_SIZE -	\
			    32 - sizeof(struct pt_regs)))

/* Where a task that is not running will resume, and on which stack. */
#define thread_saved_pc(tsk)	((tsk)->thread.reg31)
#define thread_saved_sp(tsk)	((tsk)->thread.reg29)

/*
 * Linux 3.8 arch/mips/kernel/process.c start_thread(): user mode (KSU =
 * user, CU0 and CU1 off), EXL so that the eret of the exit path takes it
 * there, the entry in cp0_epc and the stack in regs[29].  Differs from
 * Linux: every other register starts at zero (Linux keeps the rest of the
 * frame, and Status's other bits), so nothing of the old image or of the
 * kernel reaches the new one.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	*regs = (struct pt_regs){ .cp0_status = KSU_USER | ST0_EXL,
				  .cp0_epc = pc };
	regs->regs[29] = sp;
}

#endif
