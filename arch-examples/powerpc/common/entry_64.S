/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64 (Book III-S, pseries) interrupt entry and exit, the system call
 * and the context switch, shared by the old and the new flow (Linux
 * 3.6-3.8 arch/powerpc/kernel/exceptions-64s.S, exception-64s.h and
 * entry_64.S, without the timers, signals, tracing, soft interrupt
 * masking, SLB faults and lazy FPU/AltiVec/VSX state this kernel never
 * has).
 *
 * A PAPR guest takes an interrupt in real mode at real address 0xNNN:
 * the vectors below (copied to 0 by head_64.S) are Linux's
 * EXCEPTION_PROLOG_PSERIES: r13 into SPRG2 (scratch), the PACA from
 * SPRG1 into r13, r9-r12 into paca.exgen, SRR0/SRR1 into r11/r12, and
 * rfid to the handler with the kernel MSR (translation on).  The
 * handler (Linux's EXCEPTION_PROLOG_COMMON) picks the stack (from user
 * mode: paca.kstack, the top of current's kernel stack; from the kernel:
 * below r1, past the 288-byte ABI red zone) and builds a frame:
 *
 *	from user: stack top  +------------------------+
 *	                      |  pt_regs               |  r0-r13, nip, msr,
 *	                      |  gpr[14..31] not saved |  ctr, link, xer, ccr,
 *	                      |  (trap has bit 0 set)  |  trap, orig_gpr3
 *	                      +------------------------+ <- r1 + 112
 *	                      |  ELFv1 frame header and |  STACK_FRAME_OVERHEAD
 *	                      |  parameter save area    |  (112 bytes)
 *	       r1 ->          +------------------------+
 *
 * Like Linux, the non-volatile r14-r31 are not saved on entry: only
 * ppc_fork, ppc_vfork, ppc_clone (save_nvgprs) and the fault handlers
 * save them.  In the kernel r1 is the stack, r2 the TOC, r13 the PACA.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/reg.h>
#include <asm/ppc_asm.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

/* Linux 3.8 exception-64s.h EXCEPTION_PROLOG_PSERIES, real mode, no stack. */
	.macro	VECTOR_PROLOG handler
	mtspr	SPRN_SPRG_SCRATCH0, %r13
	mfspr	%r13, SPRN_SPRG_PACA
	std	%r9, PACA_EXGEN + 0(%r13)
	std	%r10, PACA_EXGEN + 8(%r13)
	std	%r11, PACA_EXGEN + 16(%r13)
	std	%r12, PACA_EXGEN + 24(%r13)
	mfspr	%r11, SPRN_SRR0
	mfspr	%r12, SPRN_SRR1
	LOAD_REG_IMMEDIATE(%r10, .L\handler\()_common)	# code, not descriptor
	mtspr	SPRN_SRR0, %r10
	LOAD_REG_IMMEDIATE(%r10, MSR_KERNEL)
	mtspr	SPRN_SRR1, %r10
	rfid
	b	.
	.endm

	.macro	VECTOR offset, handler
	.org	.Lvectors + \offset
	VECTOR_PROLOG \handler
	.endm

/* A vector with a 32-byte slot: branch to a full prolog past 0x1000. */
	.macro	VECTOR_SHORT offset, far
	.org	.Lvectors + \offset
	b	\far
	.endm

	.section .text.vectors, "ax"
	.balign	256
SYM_CODE_START(exception_vectors)
.Lvectors:
	VECTOR	0x100, SystemReset
	VECTOR	0x200, MachineCheck
	VECTOR	0x300, DataStorage
	VECTOR	0x380, DataSegment
	VECTOR	0x400, InstructionStorage
	VECTOR	0x480, InstructionSegment
	VECTOR	0x500, ExternalInput
	VECTOR	0x600, Alignment
	VECTOR	0x700, ProgramCheck
	VECTOR	0x800, FloatingPointUnavailable
	VECTOR	0x900, Decrementer
	VECTOR	0xc00, SystemCall
	VECTOR	0xd00, Trace
	VECTOR_SHORT 0xe40, 1f
	VECTOR_SHORT 0xf00, 2f
	VECTOR_SHORT 0xf20, 3f
	VECTOR_SHORT 0xf40, 4f
	VECTOR_SHORT 0xf60, 5f
	.org	.Lvectors + 0x1000
1:	VECTOR_PROLOG EmulationAssist
2:	VECTOR_PROLOG PerformanceMonitor
3:	VECTOR_PROLOG AltivecUnavailable
4:	VECTOR_PROLOG VSXUnavailable
5:	VECTOR_PROLOG FacilityUnavailable
	.balign	8
.Lvectors_end:
SYM_CODE_END(exception_vectors)

/* How many bytes head_64.S copies to real address 0. */
	.section .rodata
	.balign	8
SYM_DATA(exception_vectors_size, .quad .Lvectors_end - .Lvectors)

/*
 * Linux 3.8 exception-64s.h EXCEPTION_PROLOG_COMMON, translation on:
 * r11 = SRR0, r12 = SRR1, r13 = PACA, the interrupted r9-r12 in exgen,
 * r13 in SPRG2.  Builds the frame above with trap = @trapno + 1, r2 =
 * the kernel's TOC.
 */
	.macro	EXCEPTION_PROLOG_COMMON trapno
	mfcr	%r9			# CR before andi. changes cr0
	andi.	%r10, %r12, MSR_PR	# from user mode?
	mr	%r10, %r1
	subi	%r1, %r1, INT_FRAME_SIZE
	beq	1f
	ld	%r1, PACAKSAVE(%r13)	# the top of current's kernel stack
1:	std	%r10, 0(%r1)		# back chain: the interrupted r1
	std	%r10, GPR1(%r1)
	std	%r9, _CCR(%r1)
	std	%r11, _NIP(%r1)
	std	%r12, _MSR(%r1)
	SAVE_GPRS 0, 0, %r1
	SAVE_GPRS 2, 8, %r1
	ld	%r10, PACA_EXGEN + 0(%r13)
	std	%r10, GPR9(%r1)
	ld	%r10, PACA_EXGEN + 8(%r13)
	std	%r10, GPR10(%r1)
	ld	%r10, PACA_EXGEN + 16(%r13)
	std	%r10, GPR11(%r1)
	ld	%r10, PACA_EXGEN + 24(%r13)
	std	%r10, GPR12(%r1)
	mfspr	%r10, SPRN_SPRG_SCRATCH0
	std	%r10, GPR13(%r1)
	mflr	%r10
	std	%r10, _LINK(%r1)
	mfctr	%r10
	std	%r10, _CTR(%r1)
	mfxer	%r10
	std	%r10, _XER(%r1)
	li	%r10, \trapno + 1
	std	%r10, _TRAP(%r1)
	li	%r10, 0
	std	%r10, SOFTE(%r1)
	ld	%r2, PACATOC(%r13)	# r2: the kernel's TOC
	.endm

/*
 * A fault: the non-volatile GPRs too (the dump wants them), DAR and
 * DSISR, then @handler(regs), which kills the task or panics.  The
 * segment interrupts (no SLB entry: any address outside the first
 * 256 MiB) are storage interrupts here (Linux's would load an SLB
 * entry first), under the storage interrupt's trap number.
 */
	.macro	EXCEPTION name, trapno, handler
	.text
SYM_CODE_START(\name)
.L\name\()_common:
	EXCEPTION_PROLOG_COMMON \trapno
	SAVE_NVGPRS(%r1)
	li	%r10, \trapno		# bit 0 clear: full register set
	std	%r10, _TRAP(%r1)
	mfspr	%r10, SPRN_DAR
	std	%r10, _DAR(%r1)
	mfspr	%r10, SPRN_DSISR
	std	%r10, _DSISR(%r1)
	addi	%r3, %r1, STACK_FRAME_OVERHEAD
	bl	\handler
	nop
	b	ret_from_except_full
SYM_CODE_END(\name)
	.endm

	EXCEPTION SystemReset, 0x100, unknown_exception
	EXCEPTION MachineCheck, 0x200, unknown_exception
	EXCEPTION DataStorage, 0x300, do_page_fault
	EXCEPTION DataSegment, 0x300, do_page_fault
	EXCEPTION InstructionStorage, 0x400, do_page_fault
	EXCEPTION InstructionSegment, 0x400, do_page_fault
	EXCEPTION ExternalInput, 0x500, unknown_exception
	EXCEPTION Alignment, 0x600, alignment_exception
	EXCEPTION ProgramCheck, 0x700, program_check_exception
	EXCEPTION FloatingPointUnavailable, 0x800, program_check_exception
	EXCEPTION Trace, 0xd00, unknown_exception
	EXCEPTION EmulationAssist, 0xe40, program_check_exception
	EXCEPTION PerformanceMonitor, 0xf00, unknown_exception
	EXCEPTION AltivecUnavailable, 0xf20, program_check_exception
	EXCEPTION VSXUnavailable, 0xf40, program_check_exception
	EXCEPTION FacilityUnavailable, 0xf60, program_check_exception

/*
 * Linux 3.8 arch/powerpc/kernel/time.c timer_interrupt(), what is left
 * of it: the decrementer fires in user mode whatever MSR[EE] says there
 * (Book III-S takes it with MSR[PR] = 1), e.g. once a debugger has held
 * the machine.  Re-arm it as far away as it goes and return; nothing
 * called C, so r14-r31 are untouched.
 */
	.text
SYM_CODE_START(Decrementer)
.LDecrementer_common:
	EXCEPTION_PROLOG_COMMON 0x900
	lis	%r10, 0x7fff
	ori	%r10, %r10, 0xffff
	mtspr	SPRN_DEC, %r10
	b	ret_from_except
SYM_CODE_END(Decrementer)

/*
 * Linux 3.8 entry_64.S system_call_common: sc with the number in r0,
 * arguments in r3-r8; the result in r3, CR0.SO set if it is an errno
 * (then r3 holds it positive).  As Linux, every handler gets a pointer
 * to pt_regs in r9, its 7th argument register: 3.6's sys_fork(),
 * sys_clone(), sys_execve() use it (old/process.c).  sys_call_table
 * holds C function pointers, i.e. descriptors: load the entry from the
 * descriptor (Linux's table holds the entries, .sys_xxx).
 */
	.text
SYM_CODE_START(SystemCall)
.LSystemCall_common:
	EXCEPTION_PROLOG_COMMON 0x0c00
SYM_INNER_LABEL(system_call_common, SYM_L_GLOBAL)
	std	%r3, ORIG_GPR3(%r1)
	li	%r12, 0
	std	%r12, RESULT(%r1)
	ld	%r11, _CCR(%r1)		# clear SO bit in CR
	lis	%r12, 0x1000
	andc	%r11, %r11, %r12
	std	%r11, _CCR(%r1)
	cmpldi	0, %r0, NR_SYSCALLS
	bge-	66f
	LOAD_REG_IMMEDIATE(%r11, sys_call_table)
	sldi	%r0, %r0, 3
	ldx	%r10, %r11, %r0		# the handler's descriptor
	ld	%r10, 0(%r10)		# its entry
	mtctr	%r10
	addi	%r9, %r1, STACK_FRAME_OVERHEAD
	bctrl				# call handler

/*
 * Linux 3.8 entry_64.S syscall_exit: an error (-4095..-1 as Linux's
 * -_LAST_ERRNO) becomes SO set and r3 positive; then restore r1, r2,
 * LR, CR (and r13 for user mode only) and leave with rfid to what nip
 * and msr say, user or (the old flow's kernel threads) kernel mode.
 * _TIF_RESTOREALL asks for every register (syscall_exit_work).
 */
SYM_INNER_LABEL(syscall_exit, SYM_L_GLOBAL)
SYM_INNER_LABEL(ret_from_syscall, SYM_L_GLOBAL)
	std	%r3, RESULT(%r1)
	CURRENT_THREAD_INFO(%r12, %r1)
	ld	%r9, TI_FLAGS(%r12)
	li	%r11, -_LAST_ERRNO
	andi.	%r0, %r9, _TIF_RESTOREALL
	bne-	syscall_exit_work
	cmpld	%r3, %r11
	ld	%r5, _CCR(%r1)
	blt+	syscall_exit_cont
	oris	%r5, %r5, 0x1000	# set SO bit in CR
	neg	%r3, %r3
	std	%r5, _CCR(%r1)
syscall_exit_cont:
	std	%r3, GPR3(%r1)		# the result, for the stack diagrams
	ld	%r7, _NIP(%r1)
	ld	%r8, _MSR(%r1)
	stdcx.	%r0, 0, %r1		# to clear the reservation
	andi.	%r6, %r8, MSR_PR
	ld	%r4, _LINK(%r1)
	beq-	1f
	ld	%r13, GPR13(%r1)	# only restore r13 if returning to usermode
1:	ld	%r2, GPR2(%r1)
	ld	%r1, GPR1(%r1)
	mtlr	%r4
	mtcr	%r5
	mtspr	SPRN_SRR0, %r7
	mtspr	SPRN_SRR1, %r8
	rfid
	b	.

66:	li	%r3, -ENOSYS
	b	ret_from_syscall

/* Linux 3.8 entry_64.S syscall_exit_work, its _TIF_RESTOREALL case. */
syscall_exit_work:
	li	%r11, _TIF_RESTOREALL
	andc	%r9, %r9, %r11
	std	%r9, TI_FLAGS(%r12)
	b	ret_from_except_full
SYM_CODE_END(SystemCall)

/*
 * Linux 3.6 entry_64.S save_nvgprs: save r14-r31 into the frame at r1,
 * if not already saved (trap bit 0 set), and mark the set full.
 */
SYM_FUNC_START(save_nvgprs)
	ld	%r11, _TRAP(%r1)
	andi.	%r0, %r11, 1
	beqlr-
	SAVE_NVGPRS(%r1)
	clrrdi	%r0, %r11, 1
	std	%r0, _TRAP(%r1)
	blr
SYM_FUNC_END(save_nvgprs)

/*
 * Linux 3.8 entry_64.S ret_from_except / fast_exception_return: every
 * register from the frame at r1, then rfid.  (Linux checks for signals
 * and rescheduling on the way; this kernel has neither.)
 */
SYM_CODE_START(ret_from_except_full)
	REST_NVGPRS(%r1)
SYM_INNER_LABEL(ret_from_except, SYM_L_GLOBAL)
	ld	%r3, _CCR(%r1)
	ld	%r4, _LINK(%r1)
	ld	%r5, _CTR(%r1)
	ld	%r6, _XER(%r1)
	mtcrf	0xff, %r3
	mtlr	%r4
	mtctr	%r5
	mtxer	%r6
	stdcx.	%r0, 0, %r1		# to clear the reservation
	ld	%r10, _NIP(%r1)
	ld	%r11, _MSR(%r1)
	mtspr	SPRN_SRR0, %r10
	mtspr	SPRN_SRR1, %r11
	REST_GPRS 0, 0, %r1
	REST_GPRS 2, 13, %r1
	ld	%r1, GPR1(%r1)
	rfid
	b	.
SYM_CODE_END(ret_from_except_full)

/*
 * Linux 3.6-3.8 entry_64.S _switch(prev, new): r3 = &prev->thread, r4 =
 * &new->thread.  A frame on prev's stack takes r14-r31, CR and the return
 * address (as nip); r1 goes into prev->thread.ksp.  Then current and
 * paca.kstack (where a trap from user mode puts its frame) become new's,
 * new's registers come back from the frame at its ksp, and blr resumes
 * it -- a newborn at the kregs->nip copy_thread() chose.  Returns the
 * old current ("last") in r3.  (Linux also switches the stack's SLB
 * entry, DSCR, FP/AltiVec/VSX MSR bits; none here.)
 */
SYM_FUNC_START(_switch)
	mflr	%r0
	std	%r0, 16(%r1)
	stdu	%r1, -SWITCH_FRAME_SIZE(%r1)
	/* r3-r13 are caller saved -- Cort */
	SAVE_NVGPRS(%r1)
	std	%r0, _NIP(%r1)		# return to switch caller
	mfcr	%r23
	std	%r23, _CCR(%r1)
	std	%r1, KSP(%r3)		# set old stack pointer
	addi	%r3, %r3, -THREAD	# 'last': the old current
	addi	%r6, %r4, -THREAD	# convert THREAD to 'current'
	std	%r6, PACACURRENT(%r13)	# set new 'current'
	ld	%r8, KSP(%r4)		# new stack pointer
	CURRENT_THREAD_INFO(%r7, %r8)	# base of new stack
	addi	%r7, %r7, THREAD_SIZE - SWITCH_FRAME_SIZE
	std	%r7, PACAKSAVE(%r13)
	mr	%r1, %r8
	ld	%r6, _CCR(%r1)
	mtcrf	0xff, %r6
	/* r3-r13 are destroyed -- Cort */
	REST_NVGPRS(%r1)
	ld	%r7, _NIP(%r1)		# return to _switch caller in new task
	mtlr	%r7
	addi	%r1, %r1, SWITCH_FRAME_SIZE
	blr
SYM_FUNC_END(_switch)
