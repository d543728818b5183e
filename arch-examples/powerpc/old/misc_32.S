/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc32, old flow: kernel_thread() (Linux 3.6 arch/powerpc/kernel/misc_32.S).
 */
#include <linux/linkage.h>
#include <asm/unistd.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.6 arch/powerpc/kernel/misc_32.S kernel_thread(fn, arg, flags): a clone system call
 * made from kernel mode with sc.  The trap builds a pt_regs below this
 * stack frame (MSR_PR clear: a kernel frame), ppc_clone saves r13-r31 in
 * it, and copy_thread() copies it to the child, whose syscall exit comes
 * back here, at the instruction after sc, in kernel mode on the top of its
 * own stack.  fn and arg ride through in r30 and r31, which the child
 * gets from that copy:
 *
 *	parent:  r1 -> [ our frame: r30, r31 saved ] -> caller's frame
 *	child:   r1 =  its stack top (copy_thread()), r2 = its task,
 *	         r30 = fn, r31 = arg, r3 = 0
 *
 * The child makes a null top-level frame, calls fn(arg) and, if fn
 * returns, exits with sc __NR_exit.
 *
 * Differs from Linux: no PPC440EP_ERR42 before blrl (the 440EP erratum
 * 42 workaround; not an e500 concern).
 */
SYM_FUNC_START(kernel_thread)
	stwu	%r1, -16(%r1)
	stw	%r30, 8(%r1)
	stw	%r31, 12(%r1)
	mr	%r30, %r3		# function
	mr	%r31, %r4		# argument
	ori	%r3, %r5, CLONE_VM	# flags
	oris	%r3, %r3, CLONE_UNTRACED >> 16
	li	%r4, 0			# new sp (unused)
	li	%r0, __NR_clone
	sc
	bns+	1f			# did system call indicate error?
	neg	%r3, %r3		# if so, make return code negative
1:	cmpwi	0, %r3, 0		# parent or child?
	bne	2f			# return if parent
	li	%r0, 0			# make top-level stack frame
	stwu	%r0, -16(%r1)
	mtlr	%r30			# fn addr in lr
	mr	%r3, %r31		# load arg and call fn
	blrl
	li	%r0, __NR_exit		# exit if function returns
	li	%r3, 0
	sc
2:	lwz	%r30, 8(%r1)
	lwz	%r31, 12(%r1)
	addi	%r1, %r1, 16
	blr
SYM_FUNC_END(kernel_thread)
