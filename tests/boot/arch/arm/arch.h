/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm (EABI, ARM state): what the generic boot test needs to know.
 *
 * Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The AAPCS callee-saved core registers and sp, in the bit order of
 * arch_fork_regs_check() (fork_regs.S).  d8-d15 are callee-saved too, but
 * the test never touches VFP, so a kernel without VFP support still runs it.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"r4", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "sp"

#endif /* BOOT_ARCH_H */
