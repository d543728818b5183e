/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k, old flow (Linux 3.6 arch/m68k/kernel/entry.S): the fork wrappers.
 *
 * copy_thread() must give the child every user register, but pt_regs hold
 * only the scratch ones; d6-d7/a3-a6 are still live in the CPU (C code
 * preserves them).  So push them as a struct switch_stack right under
 * pt_regs -- its retpc is system_call's return address, already there --
 * and pass pt_regs to the C part, the old way:
 *
 *	        +-------------------+
 *	        |  struct pt_regs   |
 *	regs -> +-------------------+
 *	        |  retpc            |  into system_call
 *	        |  a6-a3, d7, d6    |  SAVE_SWITCH_STACK
 *	        +-------------------+  struct switch_stack
 *	        |  regs             |  the argument: pea
 *	sp ->   |  return address   |  jbsr m68k_fork
 */
#include <linux/linkage.h>
#include <asm/entry.h>

	.text

/*
 * Linux 3.6 arch/m68k/kernel/entry.S sys_fork: the switch_stack under
 * pt_regs, then m68k_fork(regs).
 */
SYM_FUNC_START(sys_fork)
	SAVE_SWITCH_STACK
	pea	%sp@(SWITCH_STACK_SIZE)		| m68k_fork(regs)
	jbsr	m68k_fork
	addql	#4,%sp
	RESTORE_SWITCH_STACK
	rts					| to system_call
SYM_FUNC_END(sys_fork)

/*
 * Linux 3.6 arch/m68k/kernel/entry.S sys_vfork: the switch_stack under
 * pt_regs, then m68k_vfork(regs).
 */
SYM_FUNC_START(sys_vfork)
	SAVE_SWITCH_STACK
	pea	%sp@(SWITCH_STACK_SIZE)		| m68k_vfork(regs)
	jbsr	m68k_vfork
	addql	#4,%sp
	RESTORE_SWITCH_STACK
	rts
SYM_FUNC_END(sys_vfork)

/*
 * Linux 3.6 arch/m68k/kernel/entry.S sys_clone: the switch_stack under
 * pt_regs, then m68k_clone(regs).
 */
SYM_FUNC_START(sys_clone)
	SAVE_SWITCH_STACK
	pea	%sp@(SWITCH_STACK_SIZE)		| m68k_clone(regs)
	jbsr	m68k_clone
	addql	#4,%sp
	RESTORE_SWITCH_STACK
	rts
SYM_FUNC_END(sys_clone)
