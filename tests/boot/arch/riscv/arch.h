/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv64 (LP64): what the generic boot test needs to know.
 *
 * Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The psABI's callee-saved integer registers and sp, in the bit order of
 * arch_fork_regs_check() (fork_regs.S).  fs0-fs11 are callee-saved too,
 * but the test is built without F/D, so a kernel without FPU support
 * still runs it.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", \
	"s10", "s11", "sp"

#endif /* BOOT_ARCH_H */
