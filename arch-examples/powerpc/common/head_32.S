/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux 3.8 arch/powerpc/kernel/head_fsl_booke.S _start, the part this
 * kernel needs.  QEMU's ppce500 enters the ELF entry in supervisor mode
 * with r3 = the device tree (unused here) and one TLB1 entry (ESEL 0)
 * mapping RAM from 0 with every permission, user ones too.  Linux finds
 * that entry, switches to a temporary one in the other address space and
 * builds its own; here the three entries this kernel needs are written
 * in place, the first over QEMU's (same address, same translation, so
 * the fetch of the next instruction still hits):
 *
 *	ESEL 0: 0x00000000, 64 MiB -> 0           supervisor RWX  (kernel)
 *	ESEL 1: USER_WINDOW_BASE, 256 KiB          user + supervisor RWX
 *	ESEL 2: CCSR_BASE, 1 MiB -> 0xf_e000_0000  supervisor RW, I|G
 *
 * A user access anywhere but the window is a protection fault (ESEL 0)
 * or a TLB miss: SIGSEGV.  Then the interrupt vectors (IVPR, IVORs), the
 * MSR, .bss, and start_kernel() as pid 0 on init_thread_union, r2 = init_task.
 */
#include <linux/linkage.h>
#include <asm/memory.h>
#include <asm/mmu.h>
#include <asm/reg.h>
#include <asm/ppc_asm.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

/* Write TLB1 entry @esel: mas1 (valid, size), mas2 (EPN | WIMGE), mas3 (RPN | perms). */
	.macro	TLB1_WRITE esel, mas1, mas2, mas3, mas7
	lis	%r4, (MAS0_TLBSEL(1) | MAS0_ESEL(\esel))@h
	mtspr	SPRN_MAS0, %r4
	lis	%r4, (\mas1)@h
	ori	%r4, %r4, (\mas1)@l
	mtspr	SPRN_MAS1, %r4
	lis	%r4, (\mas2)@h
	ori	%r4, %r4, (\mas2)@l
	mtspr	SPRN_MAS2, %r4
	lis	%r4, (\mas3)@h
	ori	%r4, %r4, (\mas3)@l
	mtspr	SPRN_MAS3, %r4
	li	%r4, \mas7
	mtspr	SPRN_MAS7, %r4
	isync
	tlbwe
	isync
	.endm

/* Linux's SET_IVOR: IVORn holds the low 16 bits, IVPR the high ones. */
#define SET_IVOR(n, label)		\
	li	%r4, label@l;		\
	mtspr	SPRN_IVOR##n, %r4

	.section .head.text, "ax"
SYM_CODE_START(_start)
	TLB1_WRITE 0, MAS1_VALID | MAS1_IPROT | MAS1_TSIZE(BOOK3E_PAGESZ_64M), \
		0, MAS3_SX | MAS3_SW | MAS3_SR, 0
	TLB1_WRITE 1, MAS1_VALID | MAS1_IPROT | MAS1_TSIZE(BOOK3E_PAGESZ_256K), \
		USER_WINDOW_BASE, \
		USER_WINDOW_BASE | MAS3_UX | MAS3_UW | MAS3_UR | MAS3_SX | MAS3_SW | MAS3_SR, 0
	TLB1_WRITE 2, MAS1_VALID | MAS1_IPROT | MAS1_TSIZE(BOOK3E_PAGESZ_1M), \
		CCSR_BASE | MAS2_I | MAS2_G, CCSR_BASE | MAS3_SW | MAS3_SR, CCSR_PHYS_HIGH

	/* Every interrupt enters at IVPR | IVORn (entry_32.S). */
	lis	%r4, interrupt_base@h
	mtspr	SPRN_IVPR, %r4
	SET_IVOR(0, CriticalInput)
	SET_IVOR(1, MachineCheck)
	SET_IVOR(2, DataStorage)
	SET_IVOR(3, InstructionStorage)
	SET_IVOR(4, ExternalInput)
	SET_IVOR(5, Alignment)
	SET_IVOR(6, ProgramCheck)
	SET_IVOR(7, FloatingPointUnavailable)
	SET_IVOR(8, SystemCall)
	SET_IVOR(9, AuxillaryProcessorUnavailable)
	SET_IVOR(10, Decrementer)
	SET_IVOR(11, FixedIntervalTimer)
	SET_IVOR(12, WatchdogTimer)
	SET_IVOR(13, DataTLBError)
	SET_IVOR(14, InstructionTLBError)
	SET_IVOR(15, DebugCrit)
	SET_IVOR(32, SPEUnavailable)
	SET_IVOR(33, SPEFloatingPointData)
	SET_IVOR(34, SPEFloatingPointRound)
	SET_IVOR(35, PerformanceMonitor)
	li	%r4, 0
	mtspr	SPRN_TCR, %r4		/* no decrementer, FIT or watchdog */

	LOAD_REG_IMMEDIATE(%r4, MSR_KERNEL)
	mtmsr	%r4
	isync

	/* Clear .bss (the boot stack is in it too: nothing is on it yet). */
	LOAD_REG_IMMEDIATE(%r4, __bss_start)
	LOAD_REG_IMMEDIATE(%r5, __bss_stop)
	li	%r0, 0
1:	cmplw	%r4, %r5
	bge	2f
	stw	%r0, 0(%r4)
	addi	%r4, %r4, 4
	b	1b

	/* pid 0: r2 = current = init_task, r1 on init_thread_union. */
2:	LOAD_REG_IMMEDIATE(%r2, init_task)
	mtspr	SPRN_SPRG3, %r2
	LOAD_REG_IMMEDIATE(%r1, init_thread_union + THREAD_SIZE - STACK_FRAME_OVERHEAD)
	stw	%r0, 0(%r1)		/* a zero back chain ends the stack */
	b	start_kernel
SYM_CODE_END(_start)
