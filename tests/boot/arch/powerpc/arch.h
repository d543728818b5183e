/* SPDX-License-Identifier: GPL-2.0 */
/*
 * powerpc (the 32-bit SVR4 ABI and the 64-bit ELFv1 ABI, both big-endian;
 * one directory, as Linux's arch/powerpc): what the generic boot test
 * needs to know.
 *
 * Everything else lives in the *.S files next to this header.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The ABI's callee-saved general registers r14-r31 and the stack pointer
 * r1, in the bit order of arch_fork_regs_check() (fork_regs.S), the same
 * on ppc32 and ppc64.  r2 and r13 are reserved, not callee-saved (ppc32:
 * the thread pointer and the small-data anchor; ppc64: the TOC and the
 * thread pointer); f14-f31 are, but the test is built soft-float.
 */
#define ARCH_CALLEE_SAVED_NAMES \
	"r14", "r15", "r16", "r17", "r18", "r19", "r20", "r21", "r22", \
	"r23", "r24", "r25", "r26", "r27", "r28", "r29", "r30", "r31", "r1"

/*
 * ppc64 ELFv1: a function pointer is the address of the function's
 * descriptor in .opd (entry, TOC, environment); the code is at the entry.
 */
#ifdef __powerpc64__
#define arch_func_entry(f)	(*(const unsigned long *)(f))
#endif

#endif /* BOOT_ARCH_H */
