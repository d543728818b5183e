/* SPDX-License-Identifier: GPL-2.0 */
/*
 * _start: the first user instruction of /init.
 *
 * The kernel leaves the stack pointer at argc (argc, argv[], NULL,
 * envp[], NULL, auxv).  Hand that pointer to the C side on a 16-byte
 * aligned stack, as both SysV ABIs require at a call, with the frame
 * pointer cleared so a backtrace ends here.
 */
	.text
	.globl	_start
	.type	_start, @function
_start:
#ifdef __x86_64__
	xorl	%ebp, %ebp
	movq	%rsp, %rdi		/* boot_main(initial_sp) */
	andq	$-16, %rsp
	call	boot_main
#else
	xorl	%ebp, %ebp
	movl	%esp, %eax
	andl	$-16, %esp
	subl	$12, %esp
	pushl	%eax			/* boot_main(initial_sp) */
	call	boot_main
#endif
	/* boot_main() never returns; trap loudly if it ever does. */
	ud2
	.size	_start, . - _start

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
