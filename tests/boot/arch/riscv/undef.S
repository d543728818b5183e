/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * unimp (c.unimp, the all-zero halfword) is defined to be illegal: the
 * task gets SIGILL.  ebreak would give SIGTRAP instead.  If the kernel
 * lets it through anyway, return, so the caller can report that it
 * survived.
 */
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, %function
arch_illegal_instruction:
	unimp
	ret
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
