/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv trap entry and exit, and the context switch (Linux's
 * arch/riscv/kernel/entry.S, M-mode CSRs).
 *
 * Every trap from U-mode builds a struct pt_regs at the top of the current
 * task's kernel stack -- its normal location, task_pt_regs() -- and every
 * return to U-mode (ret_from_exception) restores from there:
 *
 *	thread_info + THREAD_SIZE  +----------------------+ <- mscratch in U-mode
 *	                           |  orig_a0             |  PT_ORIG_A0
 *	                           |  cause, badaddr      |  PT_CAUSE, PT_BADADDR
 *	                           |  status (MPP = U)    |  PT_STATUS
 *	                           |  x31 (t6) ...        |
 *	                           |  x10 (a0)            |  PT_A0
 *	                           |  ...   x2 (user sp)  |  PT_SP = 2 * 8
 *	                           |  x1 (ra)             |
 *	       task_pt_regs() ->   |  epc (the user pc)   |  PT_EPC = 0
 *	                           +----------------------+ <- sp in the kernel,
 *	                           |  C call frames       |    at the first call
 *
 * mscratch tells where a trap comes from, as sscratch does in Linux: in
 * U-mode it holds the top of the task's kernel stack, in the kernel 0.
 * The kernel runs with interrupts off and none is ever enabled: tasks
 * switch only in schedule(), and the only ways in are ecall and faults.
 */
#include <linux/linkage.h>
#include <asm/csr.h>
#include <generated/asm-offsets.h>

	.text

/*
 * The trap entry (mtvec, direct mode: 4-byte aligned, as __ALIGN is).  Save all of x1-x31
 * and the trap CSRs into a pt_regs on the kernel stack, then dispatch on
 * mcause: the syscall here, anything else to do_trap() in traps.c.
 */
SYM_CODE_START(handle_exception)
	csrrw	sp, mscratch, sp	# U: sp = stack top, mscratch = user sp
	bnez	sp, 1f			# M: sp = 0, mscratch = the kernel's sp
	csrr	sp, mscratch		# M: stay on the stack we were on
1:	addi	sp, sp, -PT_SIZE_ON_STACK	# sp -> the pt_regs slot
	.irp	n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	sd	x\n, \n * 8(sp)		# xN in slot N (asm-offsets.c checks)
	.endr
	csrrw	t0, mscratch, zero	# t0 = sp at the trap; mscratch = 0: in the kernel
	sd	t0, PT_SP(sp)
	csrr	s1, mstatus		# s-registers: they survive the C calls
	csrr	s2, mepc
	csrr	s3, mtval
	csrr	s4, mcause
	sd	s1, PT_STATUS(sp)
	sd	s2, PT_EPC(sp)
	sd	s3, PT_BADADDR(sp)
	sd	s4, PT_CAUSE(sp)
	li	t0, EXC_SYSCALL
	beq	s4, t0, handle_syscall
	mv	a0, sp			# do_trap(regs) kills current or panics;
	lla	ra, ret_from_exception	# were it to return: to user mode
	tail	do_trap
SYM_CODE_END(handle_exception)

/*
 * ecall from U-mode: number in a7, arguments in a0-a5 (untouched so far),
 * result in a0.  sp stays at pt_regs: sys_*() frames go below it.
 */
SYM_CODE_START_LOCAL(handle_syscall)
	sd	a0, PT_ORIG_A0(sp)	# the first argument, before a0 = result
	addi	s2, s2, 4		# return past the ecall (no compressed form)
	sd	s2, PT_EPC(sp)
	li	t0, NR_SYSCALLS
	lla	s0, sys_ni_syscall	# out of range: -ENOSYS
	bgeu	a7, t0, 1f
	lla	s0, sys_call_table
	slli	t0, a7, 3
	add	s0, s0, t0
	ld	s0, 0(s0)		# s0 = sys_call_table[a7]
1:	jalr	s0			# a0 = sys_*(a0, ..., a5)
	sd	a0, PT_A0(sp)		# the result for user a0
SYM_CODE_END(handle_syscall)
	/* fall through: no padding (NOALIGN) */

/*
 * Return to user mode with the pt_regs at sp: set mstatus (MPP = U) and
 * mepc from them, leave the stack top in mscratch for the next trap, load
 * x1-x31 (sp last, it is the base) and mret.  The kernel stack is empty
 * again.
 */
SYM_CODE_START_NOALIGN(ret_from_exception)
	ld	t0, PT_STATUS(sp)
	csrw	mstatus, t0		# mret will go to MPP: U-mode
	ld	t0, PT_EPC(sp)
	csrw	mepc, t0		# ... at the saved pc
	addi	t0, sp, PT_SIZE_ON_STACK
	csrw	mscratch, t0		# the stack top: a trap now is from U
	.irp	n, 1,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	ld	x\n, \n * 8(sp)
	.endr
	ld	sp, PT_SP(sp)		# the user sp; the kernel stack is left
	mret
SYM_CODE_END(ret_from_exception)

/*
 * __switch_to(prev, next): a0 = prev task, a1 = next task.  Store prev's
 * ra, sp and s0-s11 in prev->thread, load next's: the ret resumes next
 * where it last called __switch_to -- or, for a newborn, where
 * copy_thread() pointed thread.ra.  a0 is untouched, so next sees prev as
 * the return value ("last").
 */
SYM_FUNC_START(__switch_to)
	sd	ra, TASK_THREAD_RA(a0)	# prev: resume address, kernel sp
	sd	sp, TASK_THREAD_SP(a0)
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11
	sd	s\n, TASK_THREAD_S0 + \n * 8(a0)	# prev: callee-saved
	.endr
	ld	ra, TASK_THREAD_RA(a1)	# next: the same
	ld	sp, TASK_THREAD_SP(a1)	# now on next's stack
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11
	ld	s\n, TASK_THREAD_S0 + \n * 8(a1)
	.endr
	ret				# into next
SYM_FUNC_END(__switch_to)
