/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * Primary opcode 0 is not defined: a program interrupt for an illegal
 * instruction, SIGILL.  (Linux's breakpoint is a trap instruction, tw,
 * which gives SIGTRAP.)  If the kernel lets it through anyway, return,
 * so the caller can report that it survived.
 */
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, %function
arch_illegal_instruction:
	.long	0
	blr
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
