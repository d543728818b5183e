/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips exception entry and exit, the system call, and the context switch
 * (Linux 3.8 arch/mips/kernel/genex.S, scall32-o32.S, entry.S and r4k_switch.S,
 * without interrupts, signals, tracing or the FPU).
 *
 * Every exception builds a struct pt_regs: from user mode at the top of the
 * task's kernel stack (task_pt_regs(), 32 bytes below the top; the address
 * comes from kernelsp, which resume() sets), from the kernel (the old flow's
 * kernel_execve() issues a syscall) on the stack it was on:
 *
 *	stack top - 32         +----------------------+ <- kernelsp
 *	                       |  cp0_epc, cause,     |  PT_EPC ...
 *	                       |  badvaddr, lo, hi,   |
 *	                       |  cp0_status          |  PT_STATUS
 *	                       |  $31 ... $1, $0      |  PT_R31 ... PT_R0
 *	                       |  pad0[6]: a0-a3 home |  args 5, 6 at 16, 20
 *	        sp, pt_regs -> +----------------------+
 *	                       |  C call frames       |
 *
 * Status.CU0 tells where an exception came from, as in Linux: set in the
 * kernel, clear in user mode.  k0 and k1 are the exception code's own.
 *
 * Differs from Linux: every entry saves all registers (SAVE_ALL), where
 * Linux's syscall path saves only SAVE_SOME and leaves s0-s7/fp in the
 * registers: so fork and clone need no save_static_function wrapper to
 * put them into pt_regs for the child.  The 5th and 6th syscall
 * arguments are not copied from the user stack (no call here reads them).
 */
#include <linux/linkage.h>
#include <asm/mipsregs.h>
#include <generated/asm-offsets.h>

	.text
	.set	noreorder
	.set	noat

/*
 * What setup_arch() copies to the TLB refill vector (KSEG0 + 0) and the
 * general one (KSEG0 + 0x180): a jump to handle_exception, which sits too
 * far away for a branch.  The only mapped addresses are the wired window,
 * so a refill is a fault like any other.
 */
SYM_CODE_START(except_vec_stub)
	la	$k0, handle_exception
	jr	$k0
	 nop
SYM_CODE_END(except_vec_stub)
SYM_DATA(except_vec_stub_size, .word . - except_vec_stub)

SYM_CODE_START(handle_exception)
	mfc0	$k0, CP0_STATUS
	sll	$k0, $k0, 3		# CU0 -> the sign bit
	bltz	$k0, 1f			# from the kernel: stay on this stack
	 move	$k1, $sp			# (delay slot) k1 = sp at the exception
	lui	$k0, %hi(kernelsp)
	lw	$sp, %lo(kernelsp)($k0)	# from user mode: this task's stack top - 32
1:	addiu	$sp, $sp, -PT_SIZE	# sp -> the pt_regs
	sw	$k1, PT_R29($sp)
	sw	$0, PT_R0($sp)
	.irp	n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,28,30,31
	sw	$\n, PT_R0 + \n * 4($sp)
	.endr
	mfhi	$t0
	mflo	$t1
	sw	$t0, PT_HI($sp)
	sw	$t1, PT_LO($sp)
	mfc0	$s0, CP0_STATUS		# s-registers: they survive the C calls
	mfc0	$s1, CP0_CAUSE
	mfc0	$s2, CP0_EPC
	mfc0	$t0, CP0_BADVADDR
	sw	$s0, PT_STATUS($sp)
	sw	$s1, PT_CAUSE($sp)
	sw	$s2, PT_EPC($sp)
	sw	$t0, PT_BADVADDR($sp)
	li	$t1, ST0_CU0 | STATMASK	# Linux's CLI: kernel mode, EXL and IE
	or	$t0, $s0, $t1		# off, CU0 on
	xori	$t0, $t0, STATMASK
	mtc0	$t0, CP0_STATUS
	ehb
	andi	$t0, $s1, CAUSEF_EXCCODE
	li	$t1, EXCCODE_SYS << CAUSEB_EXCCODE
	beq	$t0, $t1, handle_sys
	 nop
	la	$ra, syscall_exit	# do_trap(regs) kills current or panics;
	j	do_trap			# were it to return: back out
	 move	$a0, $sp
SYM_CODE_END(handle_exception)

/*
 * Linux 3.8 arch/mips/kernel/scall32-o32.S handle_sys.  v0 = number
 * (4000 + n), a0-a3 = arguments (still live), result in v0 with a3 = 0, or
 * v0 = errno and a3 = 1.  sp stays at pt_regs: its pad0 is the callee's
 * home area for a0-a3, then the 5th and 6th argument slots.
 */
SYM_CODE_START_LOCAL(handle_sys)
	addiu	$s2, $s2, 4		# return past the syscall
	sw	$s2, PT_EPC($sp)
	sw	$zero, 16($sp)		# the 5th and 6th arguments: none
	sw	$zero, 20($sp)
	addiu	$t0, $v0, -SYSCALL_BASE
	sltiu	$t1, $t0, NR_SYSCALLS
	la	$t2, sys_ni_syscall
	beqz	$t1, 1f			# out of range: sys_ni_syscall
	 nop
	sll	$t0, $t0, 2
	lui	$t1, %hi(sys_call_table)
	addu	$t1, $t1, $t0
	lw	$t2, %lo(sys_call_table)($t1)	# t2 = sys_call_table[v0 - 4000]
1:	jalr	$t2			# v0 = sys_*(a0, a1, a2, a3)
	 nop
	li	$t0, -EMAXERRNO - 1	# error?
	sltu	$t0, $t0, $v0
	sw	$t0, PT_R7($sp)		# a3: the error flag
	beqz	$t0, 2f
	 nop
	negu	$v0, $v0			# errno, positive
2:	sw	$v0, PT_R2($sp)		# the result for user v0
SYM_CODE_END(handle_sys)
	/* fall through: no padding (NOALIGN) */

/*
 * Linux 3.8 entry.S syscall_exit / restore_all (every exception's way
 * out here, not only the syscall's): back to where the pt_regs
 * at sp say -- user mode, or the kernel (Status with KSU = 0; the old
 * flow's kernel_thread() frame and kernel_execve()'s syscall).  Status goes
 * back with EXL set (every saved or made frame has it), so the CPU stays
 * in kernel mode until eret, which jumps to EPC and clears EXL.
 */
SYM_CODE_START_NOALIGN(syscall_exit)
	lw	$t0, PT_STATUS($sp)
	mtc0	$t0, CP0_STATUS		# EXL: still kernel mode till eret
	ehb
	lw	$t0, PT_EPC($sp)
	mtc0	$t0, CP0_EPC
	lw	$t0, PT_HI($sp)
	lw	$t1, PT_LO($sp)
	mthi	$t0
	mtlo	$t1
	.irp	n, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,28,30,31
	lw	$\n, PT_R0 + \n * 4($sp)
	.endr
	lw	$sp, PT_R29($sp)		# the user's (or kernel's) sp, last
	eret				# to EPC; EXL off: KSU's mode
SYM_CODE_END(syscall_exit)

/*
 * Linux 3.8 arch/mips/kernel/r4k_switch.S resume(prev, next): a0 = prev, a1
 * = next.  Store prev's Status, s0-s7, sp, fp and ra in prev->thread, load
 * next's; kernelsp = next's stack top - 32, where its next exception from
 * user mode puts its pt_regs.  The jr ra resumes next where it last called
 * resume -- or, for a newborn, where copy_thread() pointed reg31, with a0
 * = v0 = prev ("last").
 */
SYM_FUNC_START(resume)
	mfc0	$t1, CP0_STATUS
	sw	$t1, THREAD_STATUS($a0)
	sw	$s0, THREAD_REG16($a0)
	sw	$s1, THREAD_REG17($a0)
	sw	$s2, THREAD_REG18($a0)
	sw	$s3, THREAD_REG19($a0)
	sw	$s4, THREAD_REG20($a0)
	sw	$s5, THREAD_REG21($a0)
	sw	$s6, THREAD_REG22($a0)
	sw	$s7, THREAD_REG23($a0)
	sw	$sp, THREAD_REG29($a0)
	sw	$fp, THREAD_REG30($a0)
	sw	$ra, THREAD_REG31($a0)
	lw	$s0, THREAD_REG16($a1)
	lw	$s1, THREAD_REG17($a1)
	lw	$s2, THREAD_REG18($a1)
	lw	$s3, THREAD_REG19($a1)
	lw	$s4, THREAD_REG20($a1)
	lw	$s5, THREAD_REG21($a1)
	lw	$s6, THREAD_REG22($a1)
	lw	$s7, THREAD_REG23($a1)
	lw	$sp, THREAD_REG29($a1)	# now on next's stack
	lw	$fp, THREAD_REG30($a1)
	lw	$ra, THREAD_REG31($a1)
	lw	$t0, TASK_STACK($a1)
	addiu	$t0, $t0, STACK_SIZE - 32
	lui	$t1, %hi(kernelsp)
	sw	$t0, %lo(kernelsp)($t1)	# set_saved_sp
	lw	$t1, THREAD_STATUS($a1)
	mtc0	$t1, CP0_STATUS
	ehb
	jr	$ra			# into next
	 move	$v0, $a0			# (delay slot) last = prev
SYM_FUNC_END(resume)

	.bss
	.balign	4
SYM_DATA(kernelsp, .space 4)
