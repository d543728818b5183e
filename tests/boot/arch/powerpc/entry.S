/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves r1 at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Hand that pointer to the C side in r3, on a 16-byte aligned stack with
 * a minimal frame whose back chain is 0, so a backtrace ends here.  On
 * ppc64 the frame is ELFv1's 112 bytes and r2 (the TOC) comes from
 * _start's descriptor, which the kernel read.
 */
#include "asm.h"

	.text

FUNC_START(_start)
	mr	%r3, %r1
#ifdef __powerpc64__
	clrrdi	%r1, %r1, 4
	li	%r0, 0
	stdu	%r0, -112(%r1)
	bl	boot_main
	nop
#else
	clrrwi	%r1, %r1, 4
	li	%r0, 0
	stwu	%r0, -16(%r1)
	bl	boot_main
#endif
	/* boot_main() never returns; trap loudly if it ever does. */
	.long	0
FUNC_END(_start)

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
