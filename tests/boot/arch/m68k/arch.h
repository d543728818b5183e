/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k (Linux ABI, 68040): what the generic boot test needs to know.
 *
 * Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The callee-saved registers of the m68k C ABI and sp, in the bit order of
 * arch_fork_regs_check() (fork_regs.S).  fp2-fp7 are callee-saved too, but
 * the test never touches the FPU.  The kernel restores d2-d5/a2 from
 * pt_regs and d6-d7/a3-a6 from the switch_stack: both halves are here.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"d2", "d3", "d4", "d5", "d6", "d7", \
	"a2", "a3", "a4", "a5", "a6", "sp"

#endif /* BOOT_ARCH_H */
