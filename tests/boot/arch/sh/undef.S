/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * 0xfffd: an opcode in the FPU's space that no SH-4 instruction has --
 * the task gets SIGILL.  (Without an FPU, or with SR.FD set, the CPU
 * raises "FPU disabled" first; this kernel, with no FPU support, answers
 * that with SIGILL too.)  trapa would be a syscall instead.  If the kernel
 * lets it through anyway, return, so the caller can report that it
 * survived.
 */
	.text

	.globl	arch_illegal_instruction
	.type	arch_illegal_instruction, @function
arch_illegal_instruction:
	.word	0xfffd
	rts
	 nop
	.size	arch_illegal_instruction, . - arch_illegal_instruction

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
