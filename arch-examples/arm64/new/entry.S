/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64, new flow (Linux 3.8 arch/arm64/kernel/entry.S).  arm64 has no
 * separate ret_from_kernel_thread: ret_from_fork does its job when
 * copy_thread() left a function in x19.
 */
#include <linux/linkage.h>

	.text

/*
 * Linux 3.8 arch/arm64/kernel/entry.S ret_from_fork.
 * Every newborn resumes here: cpu_switch_to loaded sp = its pt_regs,
 * x19/x20 from cpu_context and x0 = the task that ran before it.  A kernel
 * thread (x19 = fn) runs fn(x20) first; if fn returns, it has exec'd a
 * user image into the pt_regs at sp, so both kinds leave through
 * ret_to_user.
 *
 * Differs from Linux: no "get_thread_info tsk" (x28) before ret_to_user:
 * Linux's ret_to_user reads the work flags through tsk, this kernel's has
 * no work to check and needs no tsk.
 *
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail		// schedule_tail(prev)
	cbz	x19, 1f			// not a kernel thread
	mov	x0, x20			// fn(arg); x19/x20 survive the call
	blr	x19
1:	b	ret_to_user		// sp -> pt_regs: to EL0
SYM_CODE_END(ret_from_fork)
