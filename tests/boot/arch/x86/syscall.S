/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The raw syscall trap and vfork.
 *
 * i386: int $0x80, number in eax, arguments in ebx, ecx, edx, esi, edi,
 * ebp, result in eax; every other register survives.
 * x86_64: syscall, number in rax, arguments in rdi, rsi, rdx, r10, r8,
 * r9, result in rax; the CPU takes rcx and r11, the rest survive.
 */
#include <asm/unistd.h>

	.text

/* long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5) */
	.globl	arch_syscall
	.type	arch_syscall, @function
arch_syscall:
#ifdef __x86_64__
	movq	%rdi, %rax
	movq	%rsi, %rdi
	movq	%rdx, %rsi
	movq	%rcx, %rdx
	movq	%r8, %r10
	movq	%r9, %r8
	movq	8(%rsp), %r9		/* a5 was passed on the stack */
	syscall
	ret
#else
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	pushl	%ebp
	movl	20(%esp), %eax		/* all seven were on the stack */
	movl	24(%esp), %ebx
	movl	28(%esp), %ecx
	movl	32(%esp), %edx
	movl	36(%esp), %esi
	movl	40(%esp), %edi
	movl	44(%esp), %ebp
	int	$0x80
	popl	%ebp
	popl	%edi
	popl	%esi
	popl	%ebx
	ret
#endif
	.size	arch_syscall, . - arch_syscall

/*
 * long arch_vfork(void)
 *
 * No stack use: the child returns through this code first and then keeps
 * running on the parent's stack, where it may overwrite our return
 * address.  So take it off the stack into a register the kernel restores
 * in both tasks (ecx / rdi), and jump back through it, as glibc does.
 */
	.globl	arch_vfork
	.type	arch_vfork, @function
arch_vfork:
#ifdef __x86_64__
	popq	%rdi
	movl	$__NR_vfork, %eax
	syscall
	jmp	*%rdi
#else
	popl	%ecx
	movl	$__NR_vfork, %eax
	int	$0x80
	jmp	*%ecx
#endif
	.size	arch_vfork, . - arch_vfork

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
