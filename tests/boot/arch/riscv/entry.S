/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves sp at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Set gp first, as libc's crt1 does: the linker turns accesses near
 * __global_pointer$ into gp-relative ones.  Then hand the argc pointer to
 * the C side on a 16-byte aligned stack, with fp and ra cleared so a
 * backtrace ends here.
 */
	.text

	.globl	_start
	.type	_start, %function
_start:
	.option	push
	.option	norelax			# not relative to gp: gp is not set yet
	la	gp, __global_pointer$
	.option	pop
	mv	a0, sp
	andi	sp, sp, -16
	li	s0, 0
	li	ra, 0
	call	boot_main
	/* boot_main() never returns; trap loudly if it ever does. */
	unimp
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
