/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void): opcode 0x01 is reserved (OPC01):
 * the CPU raises OPCDEC, the PALcode enters entIF with type 4, and Linux
 * sends SIGILL (not bpt, which gives SIGTRAP).
 */
	.text
	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, @function
arch_illegal_instruction:
	.long	0x04000000
	ret
	.size	arch_illegal_instruction, . - arch_illegal_instruction
	.section .note.GNU-stack, "", @progbits
