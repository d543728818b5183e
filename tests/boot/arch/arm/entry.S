/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves sp at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Hand that pointer to the C side, on an 8-byte aligned stack as the AAPCS
 * requires, with fp and lr cleared so a backtrace ends here.
 */
	.syntax unified
	.arm
	.text

	.globl	_start
	.type	_start, %function
_start:
	mov	fp, #0
	mov	lr, #0
	mov	r0, sp
	bic	sp, sp, #7
	bl	boot_main
	/* boot_main() never returns; trap loudly if it ever does. */
	udf	#0
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
