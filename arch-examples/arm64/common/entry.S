/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64 exception entry and exit, shared by the old and the new flow
 * (after Linux 3.8 arch/arm64/kernel/entry.S).
 *
 * Every exception from EL0 builds a struct pt_regs at the top of the
 * current task's kernel stack -- its normal location, task_pt_regs() -- and
 * every return to user mode (ret_to_user) restores from there:
 *
 *	thread_info + THREAD_SIZE     +-------------------+
 *	                              |  16 bytes, unused |
 *	thread_info + THREAD_START_SP +-------------------+ <- SP_EL1 at EL0
 *	                              |  syscallno        |  S_SYSCALLNO
 *	                              |  orig_x0          |  S_ORIG_X0
 *	                              |  pstate (spsr)    |  S_PSTATE
 *	                              |  pc     (elr)     |  S_PC
 *	                              |  sp     (sp_el0)  |  S_SP
 *	                              |  x30 (lr)         |  S_LR
 *	                              |  x0 ... x29       |  S_X0
 *	          task_pt_regs() ->   +-------------------+ <- sp in sys_*()
 *	                              |  kernel frames    |
 *
 * The arguments of a syscall stay in x0-x5, so unlike arm nothing is pushed
 * under pt_regs: while sys_*() runs, pt_regs are at its caller's sp.
 *
 * The kernel runs at EL1h with every interrupt masked and no interrupt
 * source enabled: tasks switch only in schedule(), and the only ways in are
 * svc and the faults.
 */
#include <linux/linkage.h>
#include <asm/esr.h>
#include <generated/asm-offsets.h>

/*
 * The vector table (VBAR_EL1, head.S): 16 slots of 32 instructions, 2 KiB
 * aligned.  Each slot only branches: the register save does not fit in one.
 */
	.macro	ventry, label
	.align	7
	b	\label
	.endm

	/* A slot for an exception this kernel never expects: panic. */
	.macro	vbad, reason
	.align	7
	mov	x0, #\reason
	b	bad_vector
	.endm

	.section .text.vectors, "ax"
	.align	11
SYM_CODE_START(vectors)
	vbad	0		// EL1t (SP_EL0): sync; EL1t is never used
	vbad	1		//   IRQ
	vbad	2		//   FIQ
	vbad	3		//   SError
	ventry	el1_sync	// EL1h (SP_EL1): sync, a kernel bug
	vbad	5		//   IRQ: never unmasked
	vbad	6		//   FIQ
	vbad	7		//   SError
	ventry	el0_sync	// EL0, AArch64: svc or a fault
	vbad	9		//   IRQ
	vbad	10		//   FIQ
	vbad	11		//   SError
	vbad	12		// EL0, AArch32: not supported
	vbad	13
	vbad	14
	vbad	15
SYM_CODE_END(vectors)

	.text

/*
 * kernel_entry: just trapped to EL1h; sp = SP_EL1.  From EL0 that is
 * THREAD_START_SP: the pt_regs slot is right below it.  Save x0-x30, the
 * interrupted sp, pc and pstate there.  Only x21-x23 change: x0-x5 and
 * x8, a syscall's arguments and number, are still live afterwards.
 */
	.macro	kernel_entry, el
	sub	sp, sp, #S_FRAME_SIZE	// sp -> pt_regs
	stp	x0, x1, [sp, #16 * 0]
	stp	x2, x3, [sp, #16 * 1]
	stp	x4, x5, [sp, #16 * 2]
	stp	x6, x7, [sp, #16 * 3]
	stp	x8, x9, [sp, #16 * 4]
	stp	x10, x11, [sp, #16 * 5]
	stp	x12, x13, [sp, #16 * 6]
	stp	x14, x15, [sp, #16 * 7]
	stp	x16, x17, [sp, #16 * 8]
	stp	x18, x19, [sp, #16 * 9]
	stp	x20, x21, [sp, #16 * 10]
	stp	x22, x23, [sp, #16 * 11]
	stp	x24, x25, [sp, #16 * 12]
	stp	x26, x27, [sp, #16 * 13]
	stp	x28, x29, [sp, #16 * 14]
	.if	\el == 0
	mrs	x21, sp_el0		// x21 = the user's sp
	.else
	add	x21, sp, #S_FRAME_SIZE	// x21 = the kernel sp before the trap
	.endif
	mrs	x22, elr_el1		// x22 = the interrupted pc
	mrs	x23, spsr_el1		// x23 = the interrupted pstate
	stp	x30, x21, [sp, #S_LR]	// lr, sp
	stp	x22, x23, [sp, #S_PC]	// pc, pstate
	mov	x21, #-1
	str	x21, [sp, #S_SYSCALLNO]	// not a syscall (el0_svc overrides)
	.endm

/*
 * A synchronous exception from EL0.  ESR_EL1.EC says which: a system call,
 * an abort (a bad address), or anything else, which ends the task with
 * SIGILL.  The C handlers do not return: no user fault is ever fixed up.
 */
SYM_CODE_START_LOCAL(el0_sync)
	kernel_entry 0
	mrs	x25, esr_el1		// x25 = the syndrome (x25 is saved)
	lsr	x24, x25, #ESR_EL1_EC_SHIFT	// x24 = the exception class
	cmp	x24, #ESR_EL1_EC_SVC64
	b.eq	el0_svc
	cmp	x24, #ESR_EL1_EC_DABT_EL0
	b.eq	el0_abort
	cmp	x24, #ESR_EL1_EC_IABT_EL0
	b.eq	el0_abort
	mov	x0, sp			// do_undefinstr(regs, esr)
	mov	x1, x25
	b	do_undefinstr
SYM_CODE_END(el0_sync)

SYM_CODE_START_LOCAL(el0_abort)
	mrs	x0, far_el1		// do_mem_abort(addr, esr, regs)
	mov	x1, x25
	mov	x2, sp
	b	do_mem_abort
SYM_CODE_END(el0_abort)

/*
 * The system call: number in x8, arguments in x0-x5.  sys_*() return to
 * ret_fast_syscall; a number past the table is -ENOSYS.
 */
SYM_CODE_START_LOCAL(el0_svc)
	stp	x0, x8, [sp, #S_ORIG_X0]	// orig_x0, syscallno
	adr	lr, ret_fast_syscall	// sys_*() return there
	uxtw	x16, w8			// x16 = the syscall number
	cmp	x16, #NR_SYSCALLS
	b.hs	sys_ni_syscall		// out of range: -ENOSYS
	adrp	x17, sys_call_table
	add	x17, x17, :lo12:sys_call_table
	ldr	x16, [x17, x16, lsl #3]	// sys_call_table[x8]
	br	x16			// call it; sp -> pt_regs
SYM_CODE_END(el0_svc)

SYM_CODE_START(ret_fast_syscall)
	str	x0, [sp, #S_X0]		// the result, for the user's x0
SYM_CODE_END(ret_fast_syscall)
	/* fall through: no padding (NOALIGN) */

/*
 * Return to the exception level, pc and sp saved in the pt_regs at sp: EL0
 * normally.  eret loads pstate from spsr_el1 and the pc from elr_el1.
 * SP_EL1 ends at the top of pt_regs again, ready for the next trap.
 */
SYM_CODE_START_NOALIGN(ret_to_user)
	ldp	x21, x22, [sp, #S_PC]	// x21 = pc, x22 = pstate to return to
	ldr	x23, [sp, #S_SP]	// x23 = the user's sp
	msr	elr_el1, x21
	msr	spsr_el1, x22
	msr	sp_el0, x23
	ldp	x0, x1, [sp, #16 * 0]
	ldp	x2, x3, [sp, #16 * 1]
	ldp	x4, x5, [sp, #16 * 2]
	ldp	x6, x7, [sp, #16 * 3]
	ldp	x8, x9, [sp, #16 * 4]
	ldp	x10, x11, [sp, #16 * 5]
	ldp	x12, x13, [sp, #16 * 6]
	ldp	x14, x15, [sp, #16 * 7]
	ldp	x16, x17, [sp, #16 * 8]
	ldp	x18, x19, [sp, #16 * 9]
	ldp	x20, x21, [sp, #16 * 10]
	ldp	x22, x23, [sp, #16 * 11]
	ldp	x24, x25, [sp, #16 * 12]
	ldp	x26, x27, [sp, #16 * 13]
	ldp	x28, x29, [sp, #16 * 14]
	ldr	x30, [sp, #S_LR]
	add	sp, sp, #S_FRAME_SIZE	// sp -> THREAD_START_SP
	eret				// to the saved pstate and pc
SYM_CODE_END(ret_to_user)

/* A synchronous exception at EL1: a kernel bug.  Report it and stop. */
SYM_CODE_START_LOCAL(el1_sync)
	kernel_entry 1
	mov	x0, sp			// el1_sync_fault(regs, esr, far)
	mrs	x1, esr_el1
	mrs	x2, far_el1
	b	el1_sync_fault
SYM_CODE_END(el1_sync)

/* x0 = the vector's slot number (IRQ, FIQ, SError, EL1t, AArch32). */
SYM_CODE_START_LOCAL(bad_vector)
	mrs	x1, esr_el1		// bad_mode(slot, esr)
	b	bad_mode
SYM_CODE_END(bad_vector)

/*
 * cpu_switch_to(prev, next): x0 = prev task, x1 = next task.  Store prev's
 * x19-x29, sp and return address (lr) in prev->thread.cpu_context, load
 * next's: the ret resumes next where it last called cpu_switch_to -- or,
 * for a newborn, where copy_thread() pointed it.  x0 is untouched, so next
 * sees prev as the return value ("last").
 */
SYM_FUNC_START(cpu_switch_to)
	add	x8, x0, #THREAD_CPU_CONTEXT	// x8 -> prev's cpu_context
	mov	x9, sp
	stp	x19, x20, [x8], #16	// prev: callee-saved ...
	stp	x21, x22, [x8], #16
	stp	x23, x24, [x8], #16
	stp	x25, x26, [x8], #16
	stp	x27, x28, [x8], #16
	stp	x29, x9, [x8], #16	// ... fp, sp ...
	str	x30, [x8]		// ... and the pc to resume at
	add	x8, x1, #THREAD_CPU_CONTEXT	// x8 -> next's cpu_context
	ldp	x19, x20, [x8], #16	// next: the same
	ldp	x21, x22, [x8], #16
	ldp	x23, x24, [x8], #16
	ldp	x25, x26, [x8], #16
	ldp	x27, x28, [x8], #16
	ldp	x29, x9, [x8], #16
	ldr	x30, [x8]
	mov	sp, x9			// now on next's stack
	ret				// to next's saved pc
SYM_FUNC_END(cpu_switch_to)
