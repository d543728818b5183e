/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc32 (Book E, e500) interrupt entry and exit, the system call and the
 * context switch, shared by the old and the new flow (Linux 3.6-3.8
 * arch/powerpc/kernel/head_fsl_booke.S, head_booke.h and entry_32.S,
 * without the timers, signals, tracing, rescheduling and the lazy FPU,
 * AltiVec and SPE state that this kernel never has).
 *
 * An interrupt saves only the PC and the MSR (SRR0, SRR1) and turns user
 * mode off.  The prolog takes r10 and r11 into SPRG0/SPRG1 to have
 * registers to work with, picks the stack (from user mode: the top of
 * current's kernel stack; from the kernel: below r1) and builds a frame:
 *
 *	from user: stack top  +------------------------+
 *	                      |  pt_regs               |  r0-r12, nip, msr,
 *	                      |  gpr[13..31] not saved |  ctr, link, xer, ccr,
 *	                      |  (trap has bit 0 set)  |  trap, orig_gpr3
 *	                      +------------------------+ <- r1 + 16
 *	                      |  LR save | back chain  |  STACK_FRAME_OVERHEAD
 *	       r1 ->          +------------------------+     (16 bytes)
 *
 * Like Linux, the prolog does not save the non-volatile r13-r31: the C
 * code preserves them, so a system call returns them untouched.  Only
 * what needs them in pt_regs saves them (SAVE_NVGPRS): ppc_fork,
 * ppc_vfork and ppc_clone, whose child starts from a copy of this frame,
 * and the fault handlers, for the register dump.  In the kernel, r1 is
 * the stack and r2 the current task.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/reg.h>
#include <asm/ppc_asm.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

/*
 * Linux 3.8 head_booke.h NORMAL_EXCEPTION_PROLOG and entry_32.S
 * transfer_to_handler, folded into one: the frame above, trap =
 * @trapno + 1 (the non-volatile GPRs are not in it), r2 = current from
 * SPRG3.  Linux keeps &current->thread in SPRG3 (SPRN_SPRG_THREAD) and
 * reaches the stack through it; here SPRG3 is current itself.
 */
	.macro	EXCEPTION_PROLOG trapno
	mtspr	SPRN_SPRG0, %r10
	mtspr	SPRN_SPRG1, %r11
	mfcr	%r10			# CR before andi. changes cr0
	mfspr	%r11, SPRN_SRR1
	andi.	%r11, %r11, MSR_PR	# from user mode?
	mr	%r11, %r1
	beq	1f
	mfspr	%r11, SPRN_SPRG3	# current
	lwz	%r11, TASK_STACK(%r11)	# its kernel stack
	addi	%r11, %r11, THREAD_SIZE	# ... and its top
1:	subi	%r11, %r11, INT_FRAME_SIZE
	stw	%r10, _CCR(%r11)
	stw	%r1, GPR1(%r11)
	stw	%r1, 0(%r11)		# back chain: the interrupted r1
	mr	%r1, %r11		# r1: the new frame
	mfspr	%r10, SPRN_SPRG0
	stw	%r10, GPR10(%r1)
	mfspr	%r11, SPRN_SPRG1
	stw	%r11, GPR11(%r1)
	SAVE_GPRS 0, 0, %r1
	SAVE_GPRS 2, 9, %r1
	SAVE_GPRS 12, 12, %r1
	mflr	%r10
	stw	%r10, _LINK(%r1)
	mfctr	%r10
	stw	%r10, _CTR(%r1)
	mfxer	%r10
	stw	%r10, _XER(%r1)
	mfspr	%r10, SPRN_SRR0
	stw	%r10, _NIP(%r1)
	mfspr	%r10, SPRN_SRR1
	stw	%r10, _MSR(%r1)
	li	%r10, \trapno + 1
	stw	%r10, _TRAP(%r1)
	mfspr	%r2, SPRN_SPRG3		# r2: current
	.endm

/*
 * A fault: save the non-volatile GPRs too (the dump wants them), DEAR and
 * ESR into dar and dsisr (Book E's ESR goes there, as in Linux), and call
 * @handler(regs).  The handlers kill the task or panic; none returns.
 */
	.macro	EXCEPTION name, trapno, handler
SYM_CODE_START(\name)
	EXCEPTION_PROLOG \trapno
	SAVE_NVGPRS(%r1)
	li	%r10, \trapno		# bit 0 clear: full register set
	stw	%r10, _TRAP(%r1)
	mfspr	%r10, SPRN_DEAR
	stw	%r10, _DAR(%r1)
	mfspr	%r10, SPRN_ESR
	stw	%r10, _DSISR(%r1)
	addi	%r3, %r1, STACK_FRAME_OVERHEAD
	bl	\handler
	b	ret_from_except_full
SYM_CODE_END(\name)
	.endm

/*
 * The vectors: IVPR holds interrupt_base's high half, each IVORn the low
 * half of its entry (head_32.S), so they all lie in this one 64 KiB.
 * Book E gives every interrupt its own IVOR and no size limit.  Vector
 * numbers as Linux's trap values (head_fsl_booke.S).
 */
	.section .text.vectors, "ax"
	.balign	16
SYM_CODE_START(interrupt_base)		# spans the EXCEPTION vectors below

	.balign	16
	EXCEPTION CriticalInput, 0x0100, unknown_exception
	.balign	16
	EXCEPTION MachineCheck, 0x0200, unknown_exception
	.balign	16
	EXCEPTION DataStorage, 0x0300, do_page_fault
	.balign	16
	EXCEPTION InstructionStorage, 0x0400, do_page_fault
	.balign	16
	EXCEPTION ExternalInput, 0x0500, unknown_exception
	.balign	16
	EXCEPTION Alignment, 0x0600, alignment_exception
	.balign	16
	EXCEPTION ProgramCheck, 0x0700, program_check_exception
	.balign	16
	EXCEPTION FloatingPointUnavailable, 0x0800, program_check_exception
	.balign	16
	EXCEPTION AuxillaryProcessorUnavailable, 0x0f20, program_check_exception
	.balign	16
	EXCEPTION Decrementer, 0x0900, unknown_exception
	.balign	16
	EXCEPTION FixedIntervalTimer, 0x1010, unknown_exception
	.balign	16
	EXCEPTION WatchdogTimer, 0x1020, unknown_exception
	.balign	16
	EXCEPTION DataTLBError, 0x0300, do_page_fault
	.balign	16
	EXCEPTION InstructionTLBError, 0x0400, do_page_fault
	.balign	16
	EXCEPTION DebugCrit, 0x2000, unknown_exception
	.balign	16
	EXCEPTION SPEUnavailable, 0x2010, program_check_exception
	.balign	16
	EXCEPTION SPEFloatingPointData, 0x2030, program_check_exception
	.balign	16
	EXCEPTION SPEFloatingPointRound, 0x2050, program_check_exception
	.balign	16
	EXCEPTION PerformanceMonitor, 0x2060, unknown_exception
SYM_CODE_END(interrupt_base)

/*
 * Linux 3.8 head_fsl_booke.S SystemCall and entry_32.S DoSyscall.  sc
 * with the number in r0, arguments in r3-r8; the result in r3, with CR0's
 * SO bit set if it is an errno (then r3 holds it positive).  Linux hands
 * every handler a pointer to pt_regs in r9, its 7th argument register,
 * whether it wants one or not: 3.6's sys_fork()/sys_clone()/sys_execve()
 * do (old/process.c).  r13-r31 are live user values throughout.
 */
	.balign	16
SYM_CODE_START(SystemCall)
	EXCEPTION_PROLOG 0x0c00
SYM_INNER_LABEL(DoSyscall, SYM_L_GLOBAL)
	stw	%r3, ORIG_GPR3(%r1)
	li	%r12, 0
	stw	%r12, RESULT(%r1)
	lwz	%r11, _CCR(%r1)		# clear SO bit in CR
	rlwinm	%r11, %r11, 0, 4, 2
	stw	%r11, _CCR(%r1)
	cmplwi	0, %r0, NR_SYSCALLS
	lis	%r10, sys_call_table@h
	ori	%r10, %r10, sys_call_table@l
	slwi	%r0, %r0, 2
	bge-	66f
	lwzx	%r10, %r10, %r0		# fetch system call handler [ptr]
	mtlr	%r10
	addi	%r9, %r1, STACK_FRAME_OVERHEAD
	blrl				# call handler

/*
 * Linux 3.8 entry_32.S ret_from_syscall: an error (-4095..-1) becomes
 * SO set and r3 positive; then restore r1-r3, LR, CR and leave with rfi
 * to what nip and msr say, user or (the old flow's kernel threads)
 * kernel mode.  r13-r31 are the C code's, i.e. the caller's, unless
 * _TIF_RESTOREALL asks for every register from pt_regs (Linux's
 * syscall_exit_work, with no other work to do here).
 */
SYM_INNER_LABEL(ret_from_syscall, SYM_L_GLOBAL)
	mr	%r6, %r3
	CURRENT_THREAD_INFO(%r12, %r1)
	lwz	%r9, TI_FLAGS(%r12)
	li	%r8, -_LAST_ERRNO
	andi.	%r0, %r9, _TIF_RESTOREALL
	bne-	syscall_exit_work
	cmplw	0, %r3, %r8
	blt+	syscall_exit_cont
	lwz	%r11, _CCR(%r1)		# load CR
	neg	%r3, %r3
	oris	%r11, %r11, 0x1000	# set SO bit in CR
	stw	%r11, _CCR(%r1)
syscall_exit_cont:
	stw	%r3, GPR3(%r1)		# the result, for the stack diagrams
	lwz	%r8, _MSR(%r1)
	stwcx.	%r0, 0, %r1		# to clear the reservation
	lwz	%r4, _LINK(%r1)
	lwz	%r5, _CCR(%r1)
	mtlr	%r4
	mtcr	%r5
	lwz	%r7, _NIP(%r1)
	lwz	%r2, GPR2(%r1)
	lwz	%r1, GPR1(%r1)
	mtspr	SPRN_SRR0, %r7
	mtspr	SPRN_SRR1, %r8
	rfi

66:	li	%r3, -ENOSYS
	b	ret_from_syscall

/*
 * Linux 3.8 entry_32.S syscall_exit_work, its _TIF_RESTOREALL case: no
 * result into r3 or CR (pt_regs already say what the task resumes with,
 * e.g. start_thread()'s zeroes), clear the flag, and leave through
 * ret_from_except_full, which restores every GPR.
 */
syscall_exit_work:
	li	%r11, _TIF_RESTOREALL
	andc	%r9, %r9, %r11
	stw	%r9, TI_FLAGS(%r12)
	b	ret_from_except_full
SYM_CODE_END(SystemCall)

	.text

/*
 * Linux 3.8 entry_32.S ret_from_except_full / restore: every register
 * from the frame at r1, then rfi.  (Linux checks for signals and
 * rescheduling on the way; this kernel has neither.)
 */
SYM_CODE_START(ret_from_except_full)
	REST_NVGPRS(%r1)
SYM_INNER_LABEL(ret_from_except, SYM_L_GLOBAL)
	REST_GPRS 0, 0, %r1
	REST_GPRS 2, 8, %r1
	lwz	%r10, _XER(%r1)
	lwz	%r11, _CTR(%r1)
	mtxer	%r10
	mtctr	%r11
	stwcx.	%r0, 0, %r1		# to clear the reservation
	lwz	%r9, _MSR(%r1)
	lwz	%r10, _CCR(%r1)
	lwz	%r11, _LINK(%r1)
	mtcrf	0xff, %r10
	mtlr	%r11
	lwz	%r12, _NIP(%r1)
	mtspr	SPRN_SRR0, %r12
	mtspr	SPRN_SRR1, %r9
	REST_GPRS 9, 12, %r1
	lwz	%r1, GPR1(%r1)
	rfi
SYM_CODE_END(ret_from_except_full)

/*
 * Linux 3.6-3.8 entry_32.S _switch(prev, new): r3 = &prev->thread,
 * r4 = &new->thread.  A pt_regs-shaped frame on prev's stack takes its
 * non-volatile GPRs, CR, MSR and the return address (as nip); r1 goes
 * into prev->thread.ksp.  Then new's come back from the frame at its ksp
 * and blr resumes it -- a newborn at the kregs->nip copy_thread() chose
 * (ret_from_fork, ret_from_kernel_thread).  Returns r3 = the old current
 * ("last"), r2 = the new one, which SPRG3 keeps for the entry code.
 */
SYM_FUNC_START(_switch)
	stwu	%r1, -INT_FRAME_SIZE(%r1)
	mflr	%r0
	stw	%r0, INT_FRAME_SIZE+4(%r1)
	/* r3-r12 are caller saved -- Cort */
	SAVE_NVGPRS(%r1)
	stw	%r0, _NIP(%r1)		# return to switch caller
	mfmsr	%r11
	stw	%r11, _MSR(%r1)
	mfcr	%r10
	stw	%r10, _CCR(%r1)
	stw	%r1, KSP(%r3)		# set old stack pointer
	lwz	%r1, KSP(%r4)		# load new stack pointer
	/* save the old current 'last' for return value */
	mr	%r3, %r2
	addi	%r2, %r4, -THREAD	# update current
	mtspr	SPRN_SPRG3, %r2
	lwz	%r0, _CCR(%r1)
	mtcrf	0xff, %r0
	/* r3-r12 are destroyed -- Cort */
	REST_NVGPRS(%r1)
	lwz	%r4, _NIP(%r1)		# return to _switch caller in new task
	mtlr	%r4
	addi	%r1, %r1, INT_FRAME_SIZE
	blr
SYM_FUNC_END(_switch)
