/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha (the OSF/1-derived Linux ABI): what the generic boot test needs
 * to know.  Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The ABI's callee-saved integer registers s0-s5 ($9-$14), fp ($15) and
 * the stack pointer $30, in the bit order of arch_fork_regs_check()
 * (fork_regs.S).  f2-f9 are callee-saved too, but the test is built
 * with -mno-fp-regs.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"$9", "$10", "$11", "$12", "$13", "$14", "$15", "$30"

/* Alpha's pages are 8 KiB: AT_PAGESZ on Linux and on the reference kernel. */
#define ARCH_PAGE_SIZE	8192

#endif /* BOOT_ARCH_H */
