/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv, new flow: where a newborn's first __switch_to returns, as in
 * Linux 4.15 arch/riscv/kernel/entry.S.  (Later kernels folded the two
 * into ret_from_fork with a test of s0, then moved them to C.)  On entry
 * sp = the child's pt_regs (thread.sp) and a0 = the task that ran before.
 */
#include <linux/linkage.h>

	.text

/*
 * Linux 4.15 arch/riscv/kernel/entry.S ret_from_fork.
 * A forked user task: schedule_tail(prev), then out to user mode with the
 * copy of the parent's registers, a0 = 0.
 */
SYM_CODE_START(ret_from_fork)
	lla	ra, ret_from_exception	# schedule_tail returns there
	tail	schedule_tail
SYM_CODE_END(ret_from_fork)

/*
 * Linux 4.15 arch/riscv/kernel/entry.S ret_from_kernel_thread.
 * A kernel thread: schedule_tail(prev), then fn(arg) from s0/s1
 * (copy_thread()).  fn returns only after a successful kernel_execve(),
 * which filled the pt_regs above sp with the new image: on to user mode.
 */
SYM_CODE_START(ret_from_kernel_thread)
	call	schedule_tail
	lla	ra, ret_from_exception	# fn returns there
	mv	a0, s1			# arg
	jr	s0			# fn(arg)
SYM_CODE_END(ret_from_kernel_thread)
