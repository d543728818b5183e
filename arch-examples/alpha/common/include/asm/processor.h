/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ALPHA_PROCESSOR_H
#define _REF_ASM_ALPHA_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <asm/pal.h>

/*
 * Linux 3.8 arch/alpha/include/asm/processor.h: thread_struct is empty;
 * everything a switched-out task needs is in its thread_info's PCB and
 * in the switch_stack at pcb.ksp.
 */
struct thread_struct {
};

/* Linux 3.8 arch/alpha/include/asm/ptrace.h task_pt_regs(). */
#define task_pt_regs(tsk)						\
	((struct pt_regs *)((unsigned long)(tsk)->stack + 2 * PAGE_SIZE) - 1)

/*
 * Where a task that is not running will resume: r26 of the switch_stack
 * at its saved kernel sp (Linux's thread_saved_pc() reads the same slot).
 */
#define thread_saved_sp(tsk)	(task_thread_info(tsk)->pcb.ksp)
#define thread_saved_pc(tsk)	\
	(((struct switch_stack *)thread_saved_sp(tsk))->r26)

/*
 * Linux 3.8 arch/alpha/include/asm/pal.h rdusp()/wrusp() (__CALL_PAL_R0,
 * __CALL_PAL_W1): the PALcode keeps the user sp while in the kernel.
 * Clobbers as Linux declares them: t0 and t8-t11 (and a0 for wrusp).
 */
static inline unsigned long rdusp(void)
{
	register unsigned long v0 __asm__("$0");

	__asm__ __volatile__("call_pal %1"
			     : "=r"(v0) : "i"(PAL_rdusp)
			     : "$1", "$22", "$23", "$24", "$25", "memory");
	return v0;
}

static inline void wrusp(unsigned long usp)
{
	register unsigned long a0 __asm__("$16") = usp;

	__asm__ __volatile__("call_pal %1"
			     : "+r"(a0) : "i"(PAL_wrusp)
			     : "$1", "$22", "$23", "$24", "$25", "memory");
}

/*
 * Linux 3.8 arch/alpha/include/asm/processor.h start_thread(): pc, ps =
 * user mode (8), and the user sp through the PALcode.  Differs from
 * Linux: it also zeroes every saved register, so an init that a kernel
 * thread exec'd starts with no kernel address in it (the self-test
 * kthread_exec_leaves_no_kernel_register); Linux 3.8 leaves the thread's
 * zeroed frame, which holds none either.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	*regs = (struct pt_regs){ .pc = pc, .ps = 8 };
	wrusp(sp);
}

#endif
