/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves sp at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Set gp from our own address first, as glibc's crt1 does (every global
 * is reached through it), then hand the argc pointer to the C side on a
 * 16-byte aligned stack with fp and ra cleared.
 */
	.set	noat
	.text
	.globl	_start
	.type	_start, @function
_start:
	br	$29, 1f
1:	ldgp	$29, 0($29)
	mov	$30, $16
	bic	$30, 15, $30
	mov	$31, $15
	mov	$31, $26
	jsr	$26, boot_main
	/* boot_main() never returns; trap loudly if it ever does. */
	call_pal 0x81			# bugchk: SIGILL
	.size	_start, . - _start
	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
