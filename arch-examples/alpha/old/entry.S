/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha, old flow (Linux 3.6 arch/alpha/kernel/entry.S): where every
 * newborn starts, kernel_thread() in assembly, and the fork/vfork/clone
 * and execve wrappers that hand pt_regs down.
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text
	.set noat

/*
 * Linux 3.6 arch/alpha/kernel/entry.S ret_from_fork: schedule_tail(prev), returning into
 * ret_from_sys_call -- to user mode with v0 = 0, or, for a kernel
 * thread, to kernel mode at the pc kernel_thread() faked (ps = 0).
 */
SYM_CODE_START(ret_from_fork)
	lda	$26, ret_from_sys_call
	mov	$17, $16
	jmp	$31, schedule_tail
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.6 arch/alpha/kernel/entry.S kernel_thread(fn, arg, clone_flags).  There are no
 * system calls from kernel mode (callsys from the kernel is a bugcheck),
 * so fake the frame one would have built and call sys_clone directly:
 *
 *	           +---------------------------+ <- caller's sp
 *	           |  PAL half: ps = 0 (kernel)|
 *	           |  pc = 1: below, gp,       |
 *	           |  r16 = arg                |
 *	           |  r27 = fn, r26, r8        |  fake pt_regs
 *	    $sp -> +---------------------------+
 *
 * Both tasks come back through ret_to_kernel and rti at 1: (the child
 * via ret_from_fork).  copy_thread() set a4 ($20) = 1 in the child, 0 in
 * the parent (OSF/1's fork convention): the parent returns the pid, the
 * child calls fn(arg) and sys_exit()s with its result.
 *
 * Differs from Linux: the fake frame's HAE slot gets 0, where Linux
 * stores alpha_mv's HAE cache so that the exit path need not restore it:
 * the Typhoon (QEMU's clipper) has no HAE and this kernel no alpha_mv.
 *
 */
SYM_FUNC_START(kernel_thread)
	.ent	kernel_thread
	/* We can be called from a module.  */
	ldgp	$gp, 0($27)
	.prologue 1		/* marks the ldgp: local calls enter after it */
	subq	$sp, SP_OFF+6*8, $sp
	br	$1, 2f		/* load start address */

	/* We've now "returned" from a fake system call.  */
	unop
	blt	$0, 1f		/* error?  */
	ldi	$1, 0x3fff
	beq	$20, 1f		/* parent or child?  */

	bic	$sp, $1, $8	/* in child.  */
	jsr	$26, ($27)
	ldgp	$gp, 0($26)
	mov	$0, $16
	mov	$31, $26
	jmp	$31, sys_exit

1:	ret			/* in parent.  */

	.align 4
2:	/* Fake a system call stack frame: FN and ARG for the child, $8
	   and $26 for the parent.  */
	stq	$31, SP_OFF($sp)	/* ps */
	stq	$1, SP_OFF+8($sp)	/* pc */
	stq	$gp, SP_OFF+16($sp)	/* gp */
	stq	$16, 136($sp)		/* $27; FN for child */
	stq	$17, SP_OFF+24($sp)	/* $16; ARG for child */
	stq	$8, 64($sp)		/* $8 */
	stq	$26, 128($sp)		/* $26 */
	stq	$31, 152($sp)		/* HAE: none on the Typhoon */

	/* Shuffle FLAGS to the front; add CLONE_VM.  */
	ldi	$1, CLONE_VM|CLONE_UNTRACED
	or	$18, $1, $16
	bsr	$26, sys_clone

	/* We don't actually care for a3 success widgetry in the kernel.
	   Not for positive errno values.  */
	stq	$0, 0($sp)		/* $0 */
	br	ret_to_kernel
	.end	kernel_thread
SYM_FUNC_END(kernel_thread)

/*
 * Linux 3.6 arch/alpha/kernel/entry.S sys_fork, and after it sys_clone
 * and sys_vfork: push the
 * switch_stack right under the pt_regs at $sp (copy_thread() copies it
 * for the child's r9-r15) and pass the pt_regs to the C half as its
 * last argument: a5 for alpha_clone(), a0 for alpha_vfork().
 */
SYM_FUNC_START(sys_fork)
	mov	$sp, $21
	bsr	$1, do_switch_stack
	bis	$31, SIGCHLD, $16
	mov	$31, $17
	mov	$31, $18
	mov	$31, $19
	mov	$31, $20
	jsr	$26, alpha_clone
	bsr	$1, undo_switch_stack
	ret
SYM_FUNC_END(sys_fork)

/* Linux 3.6 arch/alpha/kernel/entry.S sys_clone: alpha_clone(..., regs). */
SYM_FUNC_START(sys_clone)
	mov	$sp, $21
	bsr	$1, do_switch_stack
	/* $16, $17, $18, $19, $20 come from the user.  */
	jsr	$26, alpha_clone
	bsr	$1, undo_switch_stack
	ret
SYM_FUNC_END(sys_clone)

/* Linux 3.6 arch/alpha/kernel/entry.S sys_vfork: alpha_vfork(regs). */
SYM_FUNC_START(sys_vfork)
	mov	$sp, $16
	bsr	$1, do_switch_stack
	jsr	$26, alpha_vfork
	bsr	$1, undo_switch_stack
	ret
SYM_FUNC_END(sys_vfork)

/*
 * Linux 3.6 arch/alpha/kernel/entry.S sys_execve: the pt_regs at $sp as
 * the 4th argument.
 */
SYM_FUNC_START(sys_execve)
	mov	$sp, $19
	jmp	$31, do_sys_execve
SYM_FUNC_END(sys_execve)
