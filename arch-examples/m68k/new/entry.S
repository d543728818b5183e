/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k, new flow (Linux 3.8 arch/m68k/kernel/entry.S): the kernel thread's
 * first instructions, and the fork wrappers around the generic sys_fork()
 * and sys_vfork().
 */
#include <linux/linkage.h>
#include <asm/entry.h>

	.text

/*
 * Linux 3.8 arch/m68k/kernel/entry.S ret_from_kernel_thread.
 * A kernel thread starts here: resume popped the switch_stack that
 * copy_thread() filled -- a3 = fn, d7 = arg, d1 = the task that ran
 * before -- and sp -> the zeroed pt_regs at the top of the stack.  If fn
 * returns, it has exec'd: start_thread() made those pt_regs a user frame,
 * and the kernel thread leaves for user mode like any syscall.
 *
 *	stack top     +-------------------+
 *	              |  struct pt_regs   |  sr = PS_S until an exec
 *	              +-------------------+ <- sp
 *	              |  prev, then arg   |  the argument slot
 *	              |  return address   |  jsr
 */
SYM_CODE_START(ret_from_kernel_thread)
	movel	%d1,%sp@-			| schedule_tail(prev)
	jsr	schedule_tail
	movel	%d7,%sp@			| reuse the slot: fn(arg)
	jsr	%a3@
	addql	#4,%sp				| sp -> pt_regs
	jra	ret_from_exception		| to the exec'd image
SYM_CODE_END(ret_from_kernel_thread)

/*
 * Linux 3.8 arch/m68k/kernel/entry.S __sys_fork.
 * The generic sys_fork()/sys_vfork() take no arguments, but copy_thread()
 * copies a whole struct fork_frame (switch_stack + pt_regs) from below
 * current_pt_regs(): push the user's d6-d7/a3-a6 there first.  C preserves
 * them, so there is nothing to restore; just drop them.  (Linux writes
 * the 24 bytes as a number; they are SWITCH_STACK_SIZE less the retpc.)
 */
SYM_FUNC_START(__sys_fork)
	SAVE_SWITCH_STACK
	jbsr	sys_fork
	lea	%sp@(SWITCH_STACK_SIZE-4),%sp	| drop d6-d7/a3-a6
	rts					| to system_call
SYM_FUNC_END(__sys_fork)

/* Linux 3.8 arch/m68k/kernel/entry.S __sys_vfork: as __sys_fork. */
SYM_FUNC_START(__sys_vfork)
	SAVE_SWITCH_STACK
	jbsr	sys_vfork
	lea	%sp@(SWITCH_STACK_SIZE-4),%sp
	rts
SYM_FUNC_END(__sys_vfork)

/*
 * Linux 3.8 arch/m68k/kernel/entry.S __sys_clone.
 * clone stays m68k's own (no __ARCH_WANT_SYS_CLONE in 3.8): its five
 * arguments are buried under the switch_stack, so m68k_clone() takes them
 * from pt_regs, which it is handed.
 */
SYM_FUNC_START(__sys_clone)
	SAVE_SWITCH_STACK
	pea	%sp@(SWITCH_STACK_SIZE)		| m68k_clone(regs)
	jbsr	m68k_clone
	lea	%sp@(SWITCH_STACK_SIZE),%sp	| the argument, d6-d7/a3-a6
	rts
SYM_FUNC_END(__sys_clone)
