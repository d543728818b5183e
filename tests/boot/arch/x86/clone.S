/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *), void *arg)
 *
 * i386 selects CLONE_BACKWARDS: clone(flags, newsp, parent_tidptr, tls,
 * child_tidptr) in ebx, ecx, edx, esi, edi.  fn rides in ebp (clone has
 * no sixth argument); arg, for want of registers, on the top of the
 * child's stack: the new one, or -- for a NULL newsp, which keeps the
 * parent's sp -- the child's copy of ours.
 *
 * x86_64 has the default order: clone(flags, newsp, parent_tidptr,
 * child_tidptr, tls) in rdi, rsi, rdx, r10, r8.  fn and arg ride in r12
 * and r13, which the kernel only copies to the child if it saved them
 * first (stub_clone's SAVE_REST).
 *
 * Either way the child never touches the parent's stack (it may be
 * shared): it aligns its own, calls fn(arg) and exits with the result.
 */
#include <asm/unistd.h>

	.text
	.globl	arch_clone
	.type	arch_clone, @function
arch_clone:
#ifdef __x86_64__
	pushq	%r12
	pushq	%r13
	movq	%rdx, %r12		/* fn */
	movq	%rcx, %r13		/* arg */
	xorl	%edx, %edx		/* parent_tidptr */
	xorl	%r10d, %r10d		/* child_tidptr */
	xorl	%r8d, %r8d		/* tls */
	movl	$__NR_clone, %eax	/* flags, newsp: already in rdi, rsi */
	syscall
	testq	%rax, %rax
	jz	1f
	popq	%r13			/* parent, or -errno */
	popq	%r12
	ret

1:	xorl	%ebp, %ebp		/* child: a fresh call chain */
	andq	$-16, %rsp
	movq	%r13, %rdi
	call	*%r12
	movl	%eax, %edi		/* exit(fn(arg)) */
	movl	$__NR_exit, %eax
	syscall
	ud2
#else
	pushl	%ebx
	pushl	%esi
	pushl	%edi
	pushl	%ebp
	movl	20(%esp), %ebx		/* flags */
	movl	24(%esp), %ecx		/* newsp */
	movl	28(%esp), %ebp		/* fn */
	movl	32(%esp), %eax		/* arg */
	testl	%ecx, %ecx
	jz	1f
	subl	$4, %ecx
	movl	%eax, (%ecx)		/* arg on top of the new stack */
1:	pushl	%eax			/* and of ours, for a NULL newsp */
	xorl	%edx, %edx		/* parent_tidptr */
	xorl	%esi, %esi		/* tls */
	xorl	%edi, %edi		/* child_tidptr */
	movl	$__NR_clone, %eax
	int	$0x80
	testl	%eax, %eax
	jz	2f
	addl	$4, %esp		/* parent, or -errno */
	popl	%ebp
	popl	%edi
	popl	%esi
	popl	%ebx
	ret

2:	movl	(%esp), %eax		/* child: sp -> arg either way */
	andl	$-16, %esp
	subl	$12, %esp
	pushl	%eax
	call	*%ebp			/* fn(arg) */
	movl	%eax, %ebx		/* exit(fn(arg)) */
	movl	$__NR_exit, %eax
	int	$0x80
	ud2
#endif
	.size	arch_clone, . - arch_clone

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
