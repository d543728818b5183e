/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_RISCV_PROCESSOR_H
#define _REF_ASM_RISCV_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

/*
 * What __switch_to saves and loads (Linux's riscv thread_struct, less the
 * FPU state): the return address, the kernel sp and the callee-saved s0-s11.
 * copy_thread() fills it for a newborn: ra is where it starts.
 */
struct thread_struct {
	unsigned long ra;
	unsigned long sp;	/* kernel sp */
	unsigned long s[12];	/* s[0] is the frame pointer */
};

/* The pt_regs slot: the top of the stack, 16-byte aligned as the ABI wants. */
#define STACK_ALIGN		16
#define task_pt_regs(tsk)						\
	((struct pt_regs *)((unsigned long)(tsk)->stack + THREAD_SIZE -	\
			    ALIGN(sizeof(struct pt_regs), STACK_ALIGN)))

/* Where a task that is not running will resume, and on which stack. */
#define thread_saved_pc(tsk)	((tsk)->thread.ra)
#define thread_saved_sp(tsk)	((tsk)->thread.sp)

/*
 * Set up @regs to enter a new user image at @pc on stack @sp: U-mode
 * (MPP = 0), FPU off, interrupts off.  Linux's start_thread() sets only
 * status, epc and sp (and turns interrupts on); here every other register
 * starts at zero, so nothing of the old image or of the kernel leaks in.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	*regs = (struct pt_regs){ .epc = pc, .sp = sp, .status = 0 };
}

#endif
