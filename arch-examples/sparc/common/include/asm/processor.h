/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SPARC_PROCESSOR_H
#define _REF_ASM_SPARC_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <asm/asi.h>

/*
 * Linux 3.8 arch/sparc/include/asm/processor_64.h thread_struct is empty
 * but for debugging counters: everything a sparc64 task needs to resume
 * (ksp, kregs, wstate, cwp, new_child) is in its thread_info.
 */
struct thread_struct {
};

/* Linux 3.8 processor_64.h: the user registers are at thread_info->kregs. */
#define task_pt_regs(tsk)	(task_thread_info(tsk)->kregs)

/*
 * Where a task that is not running will resume, and on which stack (real
 * address: ksp is biased).  A newborn's first switch goes to
 * ret_from_syscall (switch_to() tests new_child); any other task returns
 * into schedule() through the %i7 that switch_to() saved at ksp.
 */
void ret_from_syscall(void);
#define thread_saved_sp(tsk)	(task_thread_info(tsk)->ksp + STACK_BIAS)
#define thread_saved_pc(tsk)						\
	(task_thread_info(tsk)->new_child ? (unsigned long)ret_from_syscall : \
	 ((struct reg_window *)thread_saved_sp(tsk))->ins[7] + 8)

/*
 * Make the return from this trap enter a new user image at @pc on stack
 * @sp (Linux 3.8 processor_64.h start_thread(), in C: Linux writes the same
 * zeros with stx in inline asm).  ret_sys_call moves tpc to tnpc on the way
 * out, so tpc starts one instruction early.  The user's frame pointer
 * leaves a register window's save area (128 bytes) between it and argc, as
 * the SPARC ABI wants: _start finds argc at %sp + 2047 + 128.
 *
 * Differs from Linux: no TSTATE_IE (this kernel takes no interrupts) and
 * no FPU state to reset (the FPU stays off, -mno-fpu everywhere).
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	int i;

	regs->tstate = (regs->tstate & TSTATE_CWP) |
		((unsigned long)ASI_PNF << 24);
	regs->tpc = (pc & ~3UL) - 4;
	regs->tnpc = regs->tpc + 4;
	regs->y = 0;
	for (i = 0; i < 16; i++)
		regs->u_regs[i] = 0;
	regs->u_regs[UREG_FP] = sp - sizeof(struct reg_window) - STACK_BIAS;
	/* set_thread_wstate(1 << 3): the user's windows, once it runs, are
	 * the "other" ones in the kernel (rtrap makes them normal). */
	current_thread_info()->wstate = WSTATE_IN_KERNEL;
	asm volatile("wrpr %%g0, %0, %%wstate" : : "i" (WSTATE_IN_KERNEL));
}

/* QEMU's sun4u CPU (UltraSPARC IIi) has eight register windows. */
#define NWINDOWS	8

#endif
