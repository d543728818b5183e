/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves r15 at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Hand that pointer to the C side in r2, on an 8-byte aligned stack with
 * the 160-byte frame the ABI wants a caller to provide, its back chain 0
 * so a backtrace ends here.
 */
	.text

	.globl	_start
	.type	_start, %function
_start:
	lgr	%r2,%r15
	nill	%r15,0xfff8
	aghi	%r15,-160
	xc	0(8,%r15),0(%r15)
	brasl	%r14,boot_main
	/* boot_main() never returns; trap loudly if it ever does. */
	.short	0
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
