/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves sp at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Hand that pointer to the C side on an 8-byte aligned stack with the 16
 * bytes of argument home area o32 wants below it, fp and ra cleared so a
 * backtrace ends here.  No $gp: the program is built -G0.
 */
	.text
	.set	noreorder

	.globl	_start
	.type	_start, @function
_start:
	move	$a0, $sp
	li	$t0, -8
	and	$sp, $sp, $t0
	addiu	$sp, $sp, -16
	move	$fp, $zero
	jal	boot_main
	 move	$ra, $zero
	/* boot_main() never returns; trap loudly if it ever does. */
	break
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
