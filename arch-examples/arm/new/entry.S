/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm, new flow (Linux 3.8 arch/arm/kernel/entry-common.S).  arm has no
 * separate ret_from_kernel_thread: ret_from_fork does its job when
 * copy_thread() left a function in r5.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <generated/asm-offsets.h>

	.syntax	unified
	.arm
	.text

/*
 * Linux 3.8 arch/arm/kernel/entry-common.S ret_from_fork.
 * Every newborn resumes here: __switch_to loaded sp = its pt_regs, r4/r5
 * from cpu_context and r0 = the task that ran before it.  A kernel thread
 * (r5 = fn) runs fn(r4) first; if fn returns, it has exec'd a user image
 * into the pt_regs above sp, so both kinds leave through ret_to_user.
 *
 * Differs from Linux: after 1: Linux sets tsk (r9) = thread_info and goes
 * to ret_slow_syscall with why (r8) left as it is; this kernel has no work
 * flags to check, so ret_to_user restores at once.
 *
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail		@ schedule_tail(prev)
	cmp	r5, #0			@ kernel thread?
	movne	r0, r4			@   r0 = arg
	adrne	lr, 1f			@   fn returns to 1:
	movne	pc, r5			@   fn(arg)
1:	b	ret_to_user		@ sp -> pt_regs: to user mode
SYM_CODE_END(ret_from_fork)
