/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Linux 3.8 arch/powerpc/kernel/head_64.S _start / __start_initialization
 * _pSeries / start_here_common, the part this kernel needs.  VOF enters
 * the first byte of the image in real mode (MSR: SF, ME; IR, DR off), r5
 * its client interface (unused: nothing is asked of the firmware).  Like
 * Linux (which copies the whole kernel down to 0), the interrupt vectors
 * go to real address 0, where a PAPR guest takes interrupts.  Then
 * .bss, the PACA in r13 and SPRG1, the TOC in r2, the hash table and SLB
 * (mmu_64.c), translation on, and start_kernel() as pid 0 on
 * init_thread_union.
 */
#include <linux/linkage.h>
#include <asm/memory.h>
#include <asm/reg.h>
#include <asm/ppc_asm.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

	.section .head.text, "ax"
SYM_CODE_START(_start)
	/* The decrementer: as far from zero as it goes (EE stays off anyway). */
	lis	%r4, 0x7fff
	ori	%r4, %r4, 0xffff
	mtspr	SPRN_DEC, %r4

	/* Copy the vectors (entry_64.S) to 0: their code, from the descriptor. */
	LOAD_REG_IMMEDIATE(%r4, exception_vectors)
	ld	%r4, 0(%r4)
	LOAD_REG_IMMEDIATE(%r5, exception_vectors_size)
	ld	%r5, 0(%r5)
	add	%r5, %r5, %r4
	li	%r6, 0
1:	ld	%r0, 0(%r4)
	std	%r0, 0(%r6)
	dcbst	0, %r6
	sync
	icbi	0, %r6
	addi	%r4, %r4, 8
	addi	%r6, %r6, 8
	cmpld	%r4, %r5
	blt	1b
	sync
	isync

	/* Clear .bss (the boot stack is in it too: nothing is on it yet). */
	LOAD_REG_IMMEDIATE(%r4, __bss_start)
	LOAD_REG_IMMEDIATE(%r5, __bss_stop)
	li	%r0, 0
2:	cmpld	%r4, %r5
	bge	3f
	std	%r0, 0(%r4)
	addi	%r4, %r4, 8
	b	2b

	/*
	 * r2: the kernel's TOC, from any C function's descriptor; r13 (and
	 * SPRG1): the PACA, current = init_task; r1 on init_thread_union.
	 */
3:	LOAD_REG_IMMEDIATE(%r2, start_kernel)
	ld	%r2, 8(%r2)
	LOAD_REG_IMMEDIATE(%r13, paca)
	mtspr	SPRN_SPRG_PACA, %r13
	std	%r2, PACATOC(%r13)
	LOAD_REG_IMMEDIATE(%r4, init_task)
	std	%r4, PACACURRENT(%r13)
	LOAD_REG_IMMEDIATE(%r1, init_thread_union + THREAD_SIZE - SWITCH_FRAME_SIZE)
	std	%r1, PACAKSAVE(%r13)
	std	%r0, 0(%r1)		/* a zero back chain ends the stack */

	bl	hash_init		/* still in real mode */
	nop

	/* Translation on: rfid to 4f with the kernel MSR. */
	LOAD_REG_IMMEDIATE(%r4, 4f)
	mtspr	SPRN_SRR0, %r4
	LOAD_REG_IMMEDIATE(%r4, MSR_KERNEL)
	mtspr	SPRN_SRR1, %r4
	rfid
4:	bl	start_kernel
	nop
	b	.
SYM_CODE_END(_start)
