/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * A reserved instruction: opcode 0x3f (111111) is SD, a 64-bit store, which
 * MIPS32 does not define -- the task gets SIGILL.  break would give
 * SIGTRAP instead.  If the kernel lets it through anyway, return, so the
 * caller can report that it survived.
 */
	.text
	.set	noreorder

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, @function
arch_illegal_instruction:
	.word	0xfc000000
	jr	$ra
	 nop
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
