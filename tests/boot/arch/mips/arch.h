/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips o32: what the generic boot test needs to know.  Everything else
 * lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The o32 ABI's callee-saved integer registers s0-s7 ($16-$23), fp ($30)
 * and sp ($29), in the bit order of arch_fork_regs_check() (fork_regs.S).
 * The even FP registers are callee-saved too, but the test is soft-float.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "fp", "sp"

#endif /* BOOT_ARCH_H */
