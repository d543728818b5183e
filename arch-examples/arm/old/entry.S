/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm, old flow (Linux 3.6 arch/arm/kernel/entry-common.S, entry-armv.S):
 * one way out for every newborn, and the wrappers that find pt_regs.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <generated/asm-offsets.h>

	.syntax	unified
	.arm
	.text

/*
 * Linux 3.6 arch/arm/kernel/entry-common.S ret_from_fork.  Every newborn
 * resumes here: __switch_to loaded sp = its pt_regs and r0 = the task that
 * ran before it.  A forked child returns to user mode with r0 = 0; a
 * kernel thread "returns" to SVC mode at kernel_thread_helper, because
 * that is what kernel_thread() wrote into its fake pt_regs.
 *
 * Differs from Linux: Linux sets tsk (r9) = thread_info and why (r8) = 1
 * and goes to ret_slow_syscall, which checks the work flags before
 * restoring; this kernel has no work to check, so ret_to_user, which needs
 * neither register, restores straight away.
 *
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail		@ schedule_tail(prev)
	b	ret_to_user		@ sp -> pt_regs: load them all
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.6 arch/arm/kernel/process.c kernel_thread_helper (an asm()
 * there).  A kernel thread starts here in SVC mode, sp = THREAD_START_SP:
 * its stack grows down over the pt_regs that brought it.  r4 = arg,
 * r5 = fn, r6 = kernel_thread_exit, r7 = the cpsr to run with.
 */
SYM_CODE_START(kernel_thread_helper)
	msr	cpsr_c, r7
	mov	r0, r4			@ fn(arg)
	mov	lr, r6			@ and if fn returns ...
	mov	pc, r5
SYM_CODE_END(kernel_thread_helper)

/*
 * Linux 3.6 arch/arm/kernel/process.c kernel_thread_exit (an asm() there,
 * with CONFIG_ARM_UNWIND; without it the name is #defined to do_exit).
 *
 * Differs from Linux: "b do_exit", where Linux has "bl do_exit; nop"
 * marked .cantunwind, so that a backtrace through do_exit() stops here;
 * this kernel has no unwinder, and do_exit() never returns.
 *
 */
SYM_CODE_START(kernel_thread_exit)
	b	do_exit			@ ... do_exit(its return value)
SYM_CODE_END(kernel_thread_exit)

/*
 * Linux 3.6 arch/arm/kernel/entry-common.S sys_fork_wrapper, and after it
 * sys_vfork_wrapper, sys_execve_wrapper and sys_clone_wrapper.
 * The wrappers: pt_regs sit S_OFF above sp while sys_*() run (entry-armv.S
 * pushed r4, r5 there), so hand that address over as the extra argument.
 */
SYM_FUNC_START(sys_fork_wrapper)
	add	r0, sp, #S_OFF		@ sys_fork(regs)
	b	sys_fork
SYM_FUNC_END(sys_fork_wrapper)

/* Linux 3.6 arch/arm/kernel/entry-common.S sys_vfork_wrapper. */
SYM_FUNC_START(sys_vfork_wrapper)
	add	r0, sp, #S_OFF		@ sys_vfork(regs)
	b	sys_vfork
SYM_FUNC_END(sys_vfork_wrapper)

/* Linux 3.6 arch/arm/kernel/entry-common.S sys_execve_wrapper. */
SYM_FUNC_START(sys_execve_wrapper)
	add	r3, sp, #S_OFF		@ sys_execve(filename, argv, envp, regs)
	b	sys_execve
SYM_FUNC_END(sys_execve_wrapper)

/* Linux 3.6 arch/arm/kernel/entry-common.S sys_clone_wrapper. */
SYM_FUNC_START(sys_clone_wrapper)
	add	ip, sp, #S_OFF
	str	ip, [sp, #4]		@ 6th argument (the user's r5): regs
	b	sys_clone
SYM_FUNC_END(sys_clone_wrapper)
