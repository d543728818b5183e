/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390x (the ELF ABI for z/Architecture): what the generic boot test
 * needs to know.
 *
 * Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The ABI's callee-saved general registers and the stack pointer r15, in
 * the bit order of arch_fork_regs_check() (fork_regs.S).  f8-f15 are
 * callee-saved too, but the test is built soft-float.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"r6", "r7", "r8", "r9", "r10", "r11", "r12", "r13", "r15"

#endif /* BOOT_ARCH_H */
