/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves r15 at argc (argc, argv[], NULL, envp[], NULL, auxv).
 * Hand that pointer to the C side in r4 on an 8-byte aligned stack, r14
 * (the frame pointer) and pr cleared so a backtrace ends here.
 */
	.text

	.globl	_start
	.type	_start, @function
_start:
	mov	r15, r4
	mov	#-8, r0
	and	r0, r15
	mov	#0, r14
	lds	r14, pr
	mov.l	1f, r0
	jsr	@r0			! boot_main(sp at entry)
	 nop
	/* boot_main() never returns; trap loudly if it ever does. */
	.word	0xfffd
	.balign	4
1:	.long	boot_main
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
