/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_M68K_PROCESSOR_H
#define _REF_ASM_M68K_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

struct thread_struct {
	unsigned long ksp;	/* kernel sp, at the switch_stack resume() left */
	unsigned long usp;	/* user sp (the USP register) while switched out */
	unsigned long esp0;	/* the pt_regs of the last syscall (entry.S) */
};

/*
 * m68k's task_pt_regs() is not a fixed place but thread.esp0: the pt_regs
 * that system_call saved last.  In the old flow a kernel thread's trap #0
 * leaves them anywhere on its stack, and an exception frame larger than a
 * syscall's (a 68040 access error pushes 60 bytes, not 8) moves them down.
 * That is why Linux 3.8 added signal_pt_regs() (= task_pt_regs(current))
 * beside current_pt_regs() (the syscall slot, new/include/asm/ptrace.h).
 */
#define task_pt_regs(tsk)	((struct pt_regs *)(tsk)->thread.esp0)

/*
 * Where a task that is not running will resume, and on which stack:
 * resume() left its switch_stack at thread.ksp, return address last.
 */
#define thread_saved_sp(tsk)	((tsk)->thread.ksp)
#define thread_saved_pc(tsk) \
	(((struct switch_stack *)(tsk)->thread.ksp)->retpc)

static inline unsigned long rdusp(void)
{
	unsigned long usp;

	asm volatile("movel %%usp,%0" : "=a" (usp));
	return usp;
}

static inline void wrusp(unsigned long usp)
{
	asm volatile("movel %0,%%usp" : : "a" (usp));
}

/*
 * Make the return from this trap enter a new user image at @pc on stack
 * @usp.  The other registers keep what they had, as in Linux.  Linux clears
 * only PS_S and so keeps the kernel's interrupt mask; this kernel never
 * takes an interrupt, so user mode runs with every level masked too.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long usp)
{
	regs->pc = pc;
	regs->sr = PS_IPL;
	wrusp(usp);
}

#endif
