/* SPDX-License-Identifier: GPL-2.0 */
/*
 * long arch_fork_regs_check(unsigned long *clobbered)
 *
 * Open a window, load its locals %l0-%l7 and ins %i0-%i5 with distinct
 * 64-bit patterns, fork (sparc has __NR_fork), and compare them in
 * whichever task returns.  The kernel's sys_fork flushes this window to
 * the stack; the parent gets it back from there, the child from its copy:
 * a kernel that copies the wrong frame, or refills from the wrong place,
 * shows up here.  %sp is checked against its value before the trap, kept
 * in memory (fork copies it to the child).  Bit n of *clobbered is the
 * n-th name of ARCH_CALLEE_SAVED_NAMES: l0-l7 bits 0-7, i0-i5 bits 8-13,
 * sp bit 14.
 */
/* The UAPI headers hide their C declarations behind __ASSEMBLY__. */
#define __ASSEMBLY__
#include <asm/unistd.h>

#define PATTERN(n)	(0xc0de5eed00000000 + ((n) << 16) + (n))

	.register %g2, #scratch
	.register %g3, #scratch
	.text

	.globl	arch_fork_regs_check
	.type	arch_fork_regs_check, %function
arch_fork_regs_check:
	save	%sp, -192, %sp
	sethi	%hi(saved), %g3
	or	%g3, %lo(saved), %g3
	stx	%i0, [%g3]		! clobbered
	stx	%sp, [%g3 + 8]		! the stack pointer
	sethi	%hi(patterns), %g3
	or	%g3, %lo(patterns), %g3
	ldx	[%g3 + 0x00], %l0
	ldx	[%g3 + 0x08], %l1
	ldx	[%g3 + 0x10], %l2
	ldx	[%g3 + 0x18], %l3
	ldx	[%g3 + 0x20], %l4
	ldx	[%g3 + 0x28], %l5
	ldx	[%g3 + 0x30], %l6
	ldx	[%g3 + 0x38], %l7
	ldx	[%g3 + 0x40], %i0
	ldx	[%g3 + 0x48], %i1
	ldx	[%g3 + 0x50], %i2
	ldx	[%g3 + 0x58], %i3
	ldx	[%g3 + 0x60], %i4
	ldx	[%g3 + 0x68], %i5
	mov	__NR_fork, %g1
	ta	0x6d
	bcs,a,pn %xcc, 1f
	 sub	%g0, %o0, %o0		! -errno
	sub	%o1, 1, %o1		! the child's result is 0
	and	%o0, %o1, %o0
1:	sethi	%hi(patterns), %g3
	or	%g3, %lo(patterns), %g3
	mov	0, %o2
	mov	1, %o3
	.irp	r, l0,l1,l2,l3,l4,l5,l6,l7,i0,i1,i2,i3,i4,i5
	ldx	[%g3], %g2
	cmp	%\r, %g2
	bne,a,pn %xcc, 3f
	 or	%o2, %o3, %o2
3:	sllx	%o3, 1, %o3
	add	%g3, 8, %g3
	.endr
	sethi	%hi(saved), %g3
	or	%g3, %lo(saved), %g3
	ldx	[%g3 + 8], %g2
	cmp	%sp, %g2
	bne,a,pn %xcc, 4f
	 or	%o2, %o3, %o2		! bit 14: sp
4:	mov	%g2, %sp		! go on from the right place regardless
	ldx	[%g3], %g2
	stx	%o2, [%g2]		! *clobbered = mask
	ret
	 restore %o0, 0, %o0		! fork's result
	.size	arch_fork_regs_check, . - arch_fork_regs_check

	.section .rodata
	.align	8
patterns:
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13
	.xword	PATTERN(\n)
	.endr

	.bss
	.align	8
saved:
	.skip	16

	/* No executable stack. */
	.section .note.GNU-stack, "", %progbits
