/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * ILLEGAL (0x4afc) is the instruction the 68000 family reserves to be
 * illegal forever: vector 4, SIGILL on Linux (the kernel uses it for its
 * own BUG(), but does not hook it in user mode).  If the kernel lets it
 * through anyway, return, so the caller can report that it survived.
 */
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, @function
arch_illegal_instruction:
	illegal
	rts
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
