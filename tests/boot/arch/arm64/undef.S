/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * UDF #0 is permanently undefined (ESR class 0).  Linux's breakpoints use
 * BRK, which gives SIGTRAP; UDF gives SIGILL.  If the kernel lets it
 * through anyway, return, so the caller can report that it survived.
 */
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, %function
arch_illegal_instruction:
	udf	#0
	ret
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
