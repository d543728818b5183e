/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The register save and restore of the entry code (Linux's asm/entry.h).
 *
 * A trap pushes the exception frame (sr, pc, format/vector: 8 bytes for a
 * format 0 frame) on the supervisor stack; SAVE_ALL_* push the rest of
 * struct pt_regs under it, so that sp then points at pt_regs.d1:
 *
 *	        +-------------------+
 *	        |  format | vector  |  \
 *	        |  pc               |   > the CPU's exception frame
 *	        |  sr               |  /
 *	        |  stkadj (0)       |
 *	        |  orig_d0          |  the syscall number, or -1
 *	        |  d0               |  the result, on the way out
 *	        |  a2, a1, a0       |
 *	        |  d5 ... d1        |  the syscall arguments
 *	sp ->   +-------------------+  struct pt_regs
 *
 * The syscall arguments are therefore also the C arguments of a function
 * called right there: m68k passes them all on the stack.
 */
#ifndef _REF_ASM_M68K_ENTRY_H
#define _REF_ASM_M68K_ENTRY_H

#include <generated/asm-offsets.h>

#ifdef __ASSEMBLY__

	.macro	SAVE_ALL_SYS		/* a trap #0: d0 is the number */
	clrl	%sp@-			| stkadj
	movel	%d0,%sp@-		| orig_d0
	movel	%d0,%sp@-		| d0
	moveml	%d1-%d5/%a0-%a2,%sp@-	| d1 lowest: sp -> pt_regs
	.endm

	.macro	SAVE_ALL_INT		/* any other exception */
	clrl	%sp@-			| stkadj
	pea	-1:w			| orig_d0 = -1: not a syscall
	movel	%d0,%sp@-		| d0
	moveml	%d1-%d5/%a0-%a2,%sp@-	| sp -> pt_regs
	.endm

	.macro	RESTORE_ALL		/* sp -> pt_regs; leaves the trap */
	moveml	%sp@+,%d1-%d5/%a0-%a2
	movel	%sp@+,%d0
	addql	#8,%sp			| orig_d0, stkadj (always 0: no signal
					| frames here to adjust for)
	rte				| sp -> exception frame: sr, pc, mode
	.endm

/*
 * struct switch_stack (SWITCH_STACK_SIZE bytes with its retpc): the
 * callee-saved registers, pushed under the return address of the call
 * that got here.
 */
	.macro	SAVE_SWITCH_STACK
	moveml	%a3-%a6/%d6-%d7,%sp@-	| d6 lowest: sp -> switch_stack
	.endm

	.macro	RESTORE_SWITCH_STACK
	moveml	%sp@+,%a3-%a6/%d6-%d7	| sp -> switch_stack.retpc
	.endm

#endif /* __ASSEMBLY__ */

#endif
