/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha, new flow (Linux 3.8 arch/alpha/kernel/entry.S): where every
 * newborn starts, and the fork_like wrappers.  alpha_switch_to popped
 * the switch_stack copy_thread() put under the child's pt_regs and
 * returned to its r26, with $17 = prev and $sp = the child's pt_regs:
 *
 *	stack top  +---------------------------+
 *	           |  childregs (pt_regs)      |  user child: the parent's,
 *	           |                           |  r0 = 0, a3 = 0, a4 = 1
 *	   $sp ->  +---------------------------+  (kthread: zeroed)
 *	           |  switch_stack, popped:    |  r26 = ret_from_fork or
 *	           |  r9-r15, r26              |  ret_from_kernel_thread;
 *	pcb.ksp -> +---------------------------+  kthread: r9 = fn, r10 = arg
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text
	.set noat

/*
 * Linux 3.8 arch/alpha/kernel/entry.S ret_from_fork: schedule_tail(prev), which returns into
 * ret_from_sys_call and out to user mode with the parent's registers
 * and v0 = 0.
 */
SYM_CODE_START(ret_from_fork)
	lda	$26, ret_from_sys_call
	mov	$17, $16
	jmp	$31, schedule_tail
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.8 arch/alpha/kernel/entry.S ret_from_kernel_thread: fn ($9) with arg ($10), on the
 * zeroed pt_regs' stack.  fn returns only after a successful
 * kernel_execve(), which made those pt_regs a user frame: a3 = 0
 * (no syscall restart) and out through ret_to_user.
 */
SYM_CODE_START(ret_from_kernel_thread)
	mov	$17, $16
	jsr	$26, schedule_tail
	mov	$9, $27
	mov	$10, $16
	jsr	$26, ($9)
	mov	$31, $19		/* to disable syscall restarts */
	br	$31, ret_to_user
SYM_CODE_END(ret_from_kernel_thread)

/*
 * Linux 3.8 entry.S fork_like: alpha_fork, alpha_vfork, alpha_clone.
 * Push a switch_stack right under the syscall's pt_regs (copy_thread()
 * copies it to the child for r9-r15), call the generic sys_*() with the
 * user's arguments still in a0-a4, then drop the switch_stack again: the
 * parent's r9-r15 survived the C call anyway, only r26 is reloaded.
 */
	.macro	fork_like name
SYM_FUNC_START(alpha_\name)
	bsr	$1, do_switch_stack
	jsr	$26, sys_\name
	ldq	$26, 56($sp)
	lda	$sp, SWITCH_STACK_SIZE($sp)
	ret
SYM_FUNC_END(alpha_\name)
	.endm

fork_like fork
fork_like vfork
fork_like clone
