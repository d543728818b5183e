/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * UDF #0 is permanently undefined in ARM state.  Linux hooks some other
 * UDF encodings (0xe7f001f0 is the ptrace breakpoint, giving SIGTRAP), but
 * not this one: the task gets SIGILL.  If the kernel lets it through
 * anyway, return, so the caller can report that it survived.
 */
	.syntax unified
	.arm
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, %function
arch_illegal_instruction:
	udf	#0
	bx	lr
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
