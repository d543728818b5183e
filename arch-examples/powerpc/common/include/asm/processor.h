/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_POWERPC_PROCESSOR_H
#define _REF_ASM_POWERPC_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

/*
 * Linux 3.x powerpc thread_struct, less the FPU, AltiVec, SPE, debug and
 * SLB state: the kernel stack pointer, where _switch left the frame with
 * the non-volatile GPRs and the resume address, and the task's user
 * registers (NULL for a kernel thread, "nothing for ptrace").
 */
struct thread_struct {
	unsigned long ksp;		/* kernel stack pointer */
	struct pt_regs *regs;		/* pointer to saved register state */
};

/*
 * The pt_regs slot: the very top of the stack, where the trap from user
 * mode builds it.  Linux's task_pt_regs() is thread.regs, which is that
 * slot for a user task and NULL for a kernel thread; the core here wants
 * the slot itself.
 */
#define task_pt_regs(tsk)						\
	((struct pt_regs *)((unsigned long)(tsk)->stack + THREAD_SIZE) - 1)

/*
 * Where a task that is not running will resume, and on which stack: the
 * nip of the switch frame at ksp (copy_thread()'s kregs for a newborn).
 */
#define thread_saved_sp(tsk)	((tsk)->thread.ksp)
#define thread_saved_pc(tsk)	\
	(((struct pt_regs *)((tsk)->thread.ksp + STACK_FRAME_OVERHEAD))->nip)

/*
 * The code address of a C function: on ppc64 (ELFv1) a function pointer
 * is the address of its descriptor (entry, TOC, environment), as Linux
 * 3.6's copy_thread() says where it sets kregs->nip.
 */
#ifdef CONFIG_PPC64
#define func_entry(f)	(*(unsigned long *)(f))
#else
#define func_entry(f)	((unsigned long)(f))
#endif

void start_thread(struct pt_regs *regs, unsigned long start, unsigned long sp);

#endif
