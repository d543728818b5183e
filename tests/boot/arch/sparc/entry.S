/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * Linux leaves argc at %sp + 2047 + 128: above the (biased) stack pointer
 * a register window's save area, then argc, argv[], NULL, envp[], NULL,
 * auxv.  Hand argc's address to the C side in %o0, after opening a full
 * frame (192 bytes: a window save area and the callee's argument slots,
 * which must not land on argc), with a zero frame pointer to end
 * backtraces.
 */
	.text

	.globl	_start
	.type	_start, %function
_start:
	add	%sp, 2047 + 128, %o0
	sub	%sp, 192, %sp
	call	boot_main
	 mov	0, %fp
	/* boot_main() never returns; trap loudly if it ever does. */
	illtrap	0
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
