/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_S390_PROCESSOR_H
#define _REF_ASM_S390_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

/*
 * Linux's s390 thread_struct less the FPU, access registers, PER and
 * pfault state: only the kernel stack pointer.  Everything else a task
 * needs to resume is in the stack frame at ksp, where __switch_to stored
 * r6-r15 (r14 is the resume address).
 */
struct thread_struct {
	unsigned long ksp;
};

/* The pt_regs slot: the very top of the stack (Linux 3.x processor.h). */
#define task_pt_regs(tsk)						\
	((struct pt_regs *)((unsigned long)(tsk)->stack + THREAD_SIZE) - 1)

/*
 * Where a task that is not running will resume, and on which stack:
 * r14 and r15 in the frame at ksp.  (Linux's thread_saved_pc() walks one
 * back chain further, to schedule()'s caller; the resume address is what
 * the stack diagrams of a newborn want.)
 */
#define thread_saved_sp(tsk)	((tsk)->thread.ksp)
#define thread_saved_pc(tsk)	\
	(((struct stack_frame *)(tsk)->thread.ksp)->gprs[8])

/*
 * Make the return from this trap enter a new user image at @pc on stack
 * @sp (Linux 3.8 processor.h start_thread()).
 *
 * Differs from Linux: Linux sets only the PSW and gprs[15] (and its
 * ELF_PLAT_INIT clears gprs[14]), so an init that a kernel thread exec'd
 * starts with that thread's gprs 9-11 (fn, arg, do_exit: kernel addresses)
 * as copy_thread() left them.  Here gprs 0-14 start at zero, so the
 * self-test kthread_exec_leaves_no_kernel_register holds on s390 as on
 * every other port.  A user fork's exec loses nothing by it: a new image
 * may assume no register but the stack pointer.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	for (int i = 0; i < 15; i++)
		regs->gprs[i] = 0;
	regs->psw.mask = PSW_USER_BITS | PSW_MASK_EA | PSW_MASK_BA;
	regs->psw.addr = pc | PSW_ADDR_AMODE;
	regs->gprs[15] = sp;
}

#endif
