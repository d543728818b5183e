/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64, old flow: kernel_thread() (Linux 3.6 arch/powerpc/kernel/misc_64.S).
 */
#include <linux/linkage.h>
#include <asm/unistd.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.6 arch/powerpc/kernel/misc_64.S kernel_thread(fn, arg, flags): a clone system call
 * made from kernel mode with sc.  The trap builds a pt_regs below this
 * stack frame (MSR_PR clear: a kernel frame), ppc_clone's save_nvgprs
 * saves r14-r31 in it, and copy_thread() copies it to the child, whose
 * syscall exit comes back here, at the instruction after sc, in kernel
 * mode on the top of its own stack.  fn (a descriptor) and arg ride
 * through in r29 and r30, saved below the caller's r1 first (the ABI's
 * red zone):
 *
 *	parent:  r1 -> [ our frame ] ; r29, r30 at -24/-16 of the caller's r1
 *	child:   r1 =  its stack top (copy_thread()), r29 = fn, r30 = arg,
 *	         r3 = 0, r2 = r13 = the kernel's (from the copied frame)
 *
 * The child makes a null top-level frame, loads fn's entry and TOC from
 * its descriptor (ld r2,8(r29); ld r29,0(r29): ELFv1), calls fn(arg) and,
 * if fn returns, exits with sc __NR_exit.
 */
SYM_FUNC_START(kernel_thread)
	std	%r29, -24(%r1)
	std	%r30, -16(%r1)
	stdu	%r1, -STACK_FRAME_OVERHEAD(%r1)
	mr	%r29, %r3		# fn's descriptor
	mr	%r30, %r4		# arg
	ori	%r3, %r5, CLONE_VM	# flags
	oris	%r3, %r3, CLONE_UNTRACED >> 16
	li	%r4, 0			# new sp (unused)
	li	%r0, __NR_clone
	sc
	bns+	1f			# did system call indicate error?
	neg	%r3, %r3		# if so, make return code negative
1:	cmpdi	0, %r3, 0		# parent or child?
	bne	2f			# return if parent
	li	%r0, 0
	stdu	%r0, -STACK_FRAME_OVERHEAD(%r1)
	ld	%r2, 8(%r29)
	ld	%r29, 0(%r29)
	mtlr	%r29			# fn addr in lr
	mr	%r3, %r30		# load arg and call fn
	blrl
	li	%r0, __NR_exit		# exit after child exits
	li	%r3, 0
	sc
2:	addi	%r1, %r1, STACK_FRAME_OVERHEAD
	ld	%r29, -24(%r1)
	ld	%r30, -16(%r1)
	blr
SYM_FUNC_END(kernel_thread)
