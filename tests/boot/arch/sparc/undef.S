/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * illtrap (the old "unimp"): an illegal_instruction trap, SIGILL on Linux.
 * If the kernel lets it through anyway, return, so the caller can report
 * that it survived.
 */
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, %function
arch_illegal_instruction:
	illtrap	0
	retl
	 nop
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
