/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh: what the generic boot test needs to know.  Everything else lives in
 * the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The sh C ABI's callee-saved integer registers r8-r14 and the stack
 * pointer r15, in the bit order of arch_fork_regs_check() (fork_regs.S).
 * fr12-fr15 are callee-saved too, but the test is built -m4-nofpu.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"

#endif /* BOOT_ARCH_H */
