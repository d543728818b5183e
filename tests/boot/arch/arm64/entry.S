/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves sp at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Hand that pointer to the C side, on a 16-byte aligned stack as AAPCS64
 * requires, with fp and lr cleared so a backtrace ends here.
 */
	.text

	.globl	_start
	.type	_start, %function
_start:
	mov	x29, #0
	mov	x30, #0
	mov	x0, sp			// boot_main(initial_sp)
	and	sp, x0, #~15
	bl	boot_main
	/* boot_main() never returns; trap loudly if it ever does. */
	udf	#0
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
