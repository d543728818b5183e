/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64 (the SPARC V9 ABI, 64-bit, with Linux's stack bias of 2047):
 * what the generic boot test needs to know.
 *
 * Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * What a call preserves on sparc is a register window: its locals
 * %l0-%l7 and ins %i0-%i5 (%i6/%i7 are the frame pointer and return
 * address), which the kernel must spill and refill around a trap -- in a
 * fork child from its copy of the parent's stack.  They and the stack
 * pointer, in the bit order of arch_fork_regs_check() (fork_regs.S).
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"l0", "l1", "l2", "l3", "l4", "l5", "l6", "l7", \
	"i0", "i1", "i2", "i3", "i4", "i5", "sp"

/* Linux sparc64's pages are 8 KiB (AT_PAGESZ 8192 on Linux and here). */
#define ARCH_PAGE_SIZE	8192

#endif /* BOOT_ARCH_H */
