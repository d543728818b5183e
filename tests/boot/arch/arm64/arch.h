/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64 (AAPCS64): what the generic boot test needs to know.
 *
 * Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The AAPCS64 callee-saved integer registers (x29 is the frame pointer)
 * and sp, in the bit order of arch_fork_regs_check() (fork_regs.S).  The
 * low halves of v8-v15 are callee-saved too, but the test is built without
 * FP/SIMD, so a kernel that does not switch that state still runs it.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"x19", "x20", "x21", "x22", "x23", "x24", "x25", "x26", "x27", \
	"x28", "x29", "sp"

#endif /* BOOT_ARCH_H */
