/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Load every callee-saved register with a distinct pattern, fork, and
 * compare them in whichever task returns: a kernel that builds the
 * child's pt_regs wrongly, or (x86_64) forgets to save the callee-saved
 * rest before copy_thread() copies pt_regs, shows up here.  The trap
 * needs only the syscall number (eax / rax, not callee-saved), so every
 * pattern is free.  The stack pointer is checked against its value before
 * the trap, kept in memory (fork copies it to the child).  Bit n of
 * *clobbered is the n-th name of ARCH_CALLEE_SAVED_NAMES.
 */
#include <asm/unistd.h>

	.text
	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, @function
arch_fork_regs_check:
#ifdef __x86_64__
#define PATTERN(n)	(0xc0de00005eed0000 + (n))

	/* mask |= bit if reg != PATTERN(bit); uses rdx */
	.macro	CHECK reg, bit
	movabsq	$PATTERN(\bit), %rdx
	cmpq	%rdx, \reg
	je	1f
	orq	$(1 << \bit), %rcx
1:
	.endm

	pushq	%rbx
	pushq	%rbp
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	pushq	%rdi			/* clobbered */
	movq	%rsp, saved_sp(%rip)
	movabsq	$PATTERN(0), %rbx
	movabsq	$PATTERN(1), %rbp
	movabsq	$PATTERN(2), %r12
	movabsq	$PATTERN(3), %r13
	movabsq	$PATTERN(4), %r14
	movabsq	$PATTERN(5), %r15
	movl	$__NR_fork, %eax
	syscall

	xorl	%ecx, %ecx		/* the clobbered mask */
	CHECK	%rbx, 0
	CHECK	%rbp, 1
	CHECK	%r12, 2
	CHECK	%r13, 3
	CHECK	%r14, 4
	CHECK	%r15, 5
	cmpq	saved_sp(%rip), %rsp
	je	1f
	orq	$(1 << 6), %rcx
1:	movq	saved_sp(%rip), %rsp	/* pop from the right place regardless */
	popq	%rdi
	movq	%rcx, (%rdi)
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%rbp
	popq	%rbx
	ret
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.align	8
saved_sp:
	.space	8
#else
#define PATTERN(n)	(0xc0de0000 + (n))

	/* mask |= bit if reg != PATTERN(bit) */
	.macro	CHECK reg, bit
	cmpl	$PATTERN(\bit), \reg
	je	1f
	orl	$(1 << \bit), %ecx
1:
	.endm

	pushl	%ebx
	pushl	%esi
	pushl	%edi
	pushl	%ebp
	movl	%esp, saved_sp
	movl	$PATTERN(0), %ebx
	movl	$PATTERN(1), %esi
	movl	$PATTERN(2), %edi
	movl	$PATTERN(3), %ebp
	movl	$__NR_fork, %eax
	int	$0x80

	xorl	%ecx, %ecx		/* the clobbered mask */
	CHECK	%ebx, 0
	CHECK	%esi, 1
	CHECK	%edi, 2
	CHECK	%ebp, 3
	cmpl	saved_sp, %esp
	je	1f
	orl	$(1 << 4), %ecx
1:	movl	saved_sp, %esp		/* pop from the right place regardless */
	movl	20(%esp), %edx		/* clobbered */
	movl	%ecx, (%edx)
	popl	%ebp
	popl	%edi
	popl	%esi
	popl	%ebx
	ret
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.bss
	.align	4
saved_sp:
	.space	4
#endif

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
