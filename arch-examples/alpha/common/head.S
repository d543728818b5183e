/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions (Linux 3.8 arch/alpha/kernel/head.S __start).
 * QEMU loads the ELF into KSEG; the PALcode's swppal enters here in
 * kernel mode at IPL 7 with its own PCB, stack and page table.  Set gp,
 * take init_thread_union as the stack with $8 on its thread_info, clear
 * .bss (the stack is in .bss too: nothing is on it yet) and enter
 * start_kernel() as pid 0.  setup_arch() swaps to init's own PCB.
 */
#include <linux/linkage.h>
#include <asm/pal.h>
#include <generated/asm-offsets.h>

	.set noat
	.section .head.text, "ax"
SYM_CODE_START(_start)
	br	$27, 1f
1:	ldgp	$29, 0($27)
	lda	$1, __bss_start
	lda	$2, __bss_stop
2:	cmpult	$1, $2, $3
	beq	$3, 3f
	stq	$31, 0($1)
	addq	$1, 8, $1
	br	2b
3:	lda	$8, init_thread_union
	lda	$30, STACK_SIZE - PT_REGS_SIZE($8)	# as Linux: pt_regs room
	jsr	$26, start_kernel
	call_pal PAL_halt
SYM_CODE_END(_start)
