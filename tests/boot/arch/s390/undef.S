/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * Opcode 0x00 is not defined: an operation exception, SIGILL.  (0x0001 is
 * the one Linux uses as its breakpoint and answers with SIGTRAP.)  If the
 * kernel lets it through anyway, return, so the caller can report that
 * it survived.
 */
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, %function
arch_illegal_instruction:
	.short	0
	br	%r14
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
