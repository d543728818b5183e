/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * ud2 is the instruction x86 defines to be undefined (#UD).  Linux's
 * do_invalid_op() sends SIGILL for it in user mode (only the kernel's own
 * ud2, BUG(), is hooked).  If the kernel lets it through anyway, return,
 * so the caller can report that it survived.
 */
	.text
	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, @function
arch_illegal_instruction:
	ud2
	ret
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
