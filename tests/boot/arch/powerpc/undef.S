/* SPDX-License-Identifier: GPL-2.0 */
/*
 * void arch_illegal_instruction(void)
 *
 * Primary opcode 0 is not defined: a program interrupt for an illegal
 * instruction, SIGILL.  (Linux's breakpoint is a trap instruction, tw,
 * which gives SIGTRAP.)  If the kernel lets it through anyway, return,
 * so the caller can report that it survived.
 */
#include "asm.h"

	.text

FUNC_START(arch_illegal_instruction)
	.long	0
	blr
FUNC_END(arch_illegal_instruction)

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
