/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64, old flow (Linux 3.7 arch/arm64/kernel/entry.S and process.c): one
 * way out for every newborn, and the wrappers that find pt_regs.
 */
#include <linux/linkage.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.7 arch/arm64/kernel/entry.S ret_from_fork.
 * Every newborn resumes here: cpu_switch_to loaded sp = its pt_regs and
 * x0 = the task that ran before it.  A forked child returns to EL0 with
 * x0 = 0; a kernel thread "returns" to EL1h at kernel_thread_helper,
 * because that is what kernel_thread() wrote into its fake pt_regs.
 *
 * Differs from Linux: no "get_thread_info tsk" (x28) before ret_to_user:
 * Linux's ret_to_user reads the work flags through tsk, this kernel's has
 * no work to check and needs no tsk.
 *
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail		// schedule_tail(prev)
	b	ret_to_user		// sp -> pt_regs: load them all
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.7 arch/arm64/kernel/process.c kernel_thread_helper (an asm()
 * there).  A kernel thread starts here at EL1h, sp = THREAD_START_SP: its stack
 * grows down over the pt_regs that brought it.  x1 = arg, x2 = fn,
 * x3 = do_exit.
 */
SYM_CODE_START(kernel_thread_helper)
	mov	x0, x1			// fn(arg)
	mov	x30, x3			// fn returns to do_exit(its result)
	br	x2
SYM_CODE_END(kernel_thread_helper)

/*
 * Linux 3.7 arch/arm64/kernel/entry.S sys_execve_wrapper, and after it
 * sys_clone_wrapper.  The wrappers: pt_regs sit at sp while sys_*() run (entry.S pushes
 * nothing under them), so hand sp over as the extra argument.
 */
SYM_FUNC_START(sys_execve_wrapper)
	mov	x3, sp			// sys_execve(name, argv, envp, regs)
	b	sys_execve
SYM_FUNC_END(sys_execve_wrapper)

/* Linux 3.7 arch/arm64/kernel/entry.S sys_clone_wrapper. */
SYM_FUNC_START(sys_clone_wrapper)
	mov	x5, sp			// sys_clone(..., ctid, regs)
	b	sys_clone
SYM_FUNC_END(sys_clone_wrapper)
