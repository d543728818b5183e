/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves sp at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Hand that pointer to the C side as its stack argument (the m68k C ABI
 * needs only an even sp, and this one is aligned), with the frame pointer
 * cleared so a backtrace ends here.
 */
	.text

	.globl	_start
	.type	_start, @function
_start:
	subal	%a6,%a6			| no frame above this one
	movel	%sp,%sp@-		| boot_main(initial sp)
	jsr	boot_main
	/* boot_main() never returns; trap loudly if it ever does. */
	illegal
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
