/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k exception entry and exit, shared by the old and the new flow
 * (Linux 3.x arch/m68k/kernel/entry.S).
 *
 * The CPU itself switches to the supervisor stack on a trap from user
 * mode, and that stack pointer is simply wherever the kernel left it when it
 * returned to user mode: for a process that has only ever been forked, the
 * top of its kernel stack.  So a syscall's pt_regs normally end at the top:
 *
 *	task->stack + THREAD_SIZE +-----------------+ <- sp in user mode
 *	                          |  format/vector  |  \
 *	                          |  pc (user)      |   > pushed by the CPU
 *	                          |  sr (user)      |  /
 *	                          |  stkadj, orig_d0|
 *	                          |  d0, a2-a0      |
 *	                          |  d5 ... d1      |  SAVE_ALL_SYS
 *	         current_pt_regs  +-----------------+ <- sp: thread.esp0
 *	                          |  retpc          |  jbsr sys_call_table[d0]
 *	                          |  a6-a3, d7, d6  |  the fork wrappers only
 *	                          +-----------------+  struct switch_stack
 *
 * The user stack pointer is not in there: it stays in USP.  The kernel
 * runs with every interrupt masked; the only ways in are trap #0 and the
 * exceptions.
 */
#include <linux/linkage.h>
#include <asm/entry.h>
#include <asm/errno.h>
#include <asm/thread_info.h>

	.text

/*
 * The system call: trap #0 with the number in d0 and the arguments in
 * d1-d5 and a0 (Linux's m68k ABI).  pt_regs begin with exactly those, so
 * sys_*() find their arguments where C looks for them, above the return
 * address.  The result goes into pt_regs.d0 for RESTORE_ALL.
 */
SYM_CODE_START(system_call)
	SAVE_ALL_SYS				| sp -> pt_regs
	movel	%sp,%d1
	andl	#-THREAD_SIZE,%d1
	movel	%d1,%a1				| a1 -> thread_info
	movel	%a1@(TI_TASK),%a1		| a1 = current
	movel	%sp,%a1@(TASK_THREAD+THREAD_ESP0) | task_pt_regs(current)
	cmpl	#NR_SYSCALLS,%d0		| unsigned: negative is too big
	jcc	badsys
	jbsr	@(sys_call_table,%d0:l:4)@(0)	| sys_*(d1, d2, ...)
	movel	%d0,%sp@(PT_OFF_D0)		| the result, for user d0
SYM_CODE_END(system_call)
	/* fall through: no padding (NOALIGN) */

/*
 * Return to the mode and pc saved in the pt_regs at sp: user mode, or the
 * kernel (a trap the kernel took, e.g. the old flow's trap #0).  No work is
 * ever pending here (no signals, no preemption), so that is all.
 */
SYM_CODE_START_NOALIGN(ret_from_exception)
	RESTORE_ALL
SYM_CODE_END(ret_from_exception)

SYM_CODE_START_LOCAL(badsys)
	movel	#-ENOSYS,%sp@(PT_OFF_D0)
	jra	ret_from_exception
SYM_CODE_END(badsys)

/*
 * Every newborn, user or (old flow) kernel thread, starts here: resume
 * popped the switch_stack that copy_thread() put under the pt_regs and
 * "returned" here, with d1 = the task that ran before.  sp -> pt_regs.
 */
SYM_CODE_START(ret_from_fork)
	movel	%d1,%sp@-			| schedule_tail(prev)
	jsr	schedule_tail
	addql	#4,%sp				| sp -> pt_regs
	jra	ret_from_exception		| d0 = 0: fork returns 0
SYM_CODE_END(ret_from_fork)

/*
 * The access error (vector 2) and every other exception: save pt_regs
 * under the CPU's frame and let C decide.  From user mode the task dies;
 * from the kernel, panic.  Neither returns.
 */
SYM_CODE_START(buserr)
	SAVE_ALL_INT
	movel	%sp,%sp@-			| buserr_c(regs)
	jbsr	buserr_c
	addql	#4,%sp
	jra	ret_from_exception
SYM_CODE_END(buserr)

SYM_CODE_START(trap)
	SAVE_ALL_INT
	movel	%sp,%sp@-			| trap_c(regs)
	jbsr	trap_c
	addql	#4,%sp
	jra	ret_from_exception
SYM_CODE_END(trap)

/*
 * resume: switch_to(prev, next, last) (<asm/switch_to.h>), a0 = prev,
 * a1 = next.  prev's callee-saved registers go on its own stack, under the
 * return address of this call, as a struct switch_stack; its kernel and
 * user stack pointers into its thread_struct.  Then the same for next, in
 * reverse: the rts returns to where next last called resume -- or, for a
 * newborn, to the switch_stack.retpc copy_thread() chose.
 */
SYM_CODE_START(resume)
	movec	%usp,%d0
	movel	%d0,%a0@(TASK_THREAD+THREAD_USP) | prev: user sp
	SAVE_SWITCH_STACK			| sp -> prev switch_stack
	movel	%sp,%a0@(TASK_THREAD+THREAD_KSP)
	movel	%a0,%d1				| last = prev
	movel	%a1@(TASK_THREAD+THREAD_KSP),%sp | sp -> next switch_stack
	RESTORE_SWITCH_STACK			| sp -> next retpc
	movel	%a1@(TASK_THREAD+THREAD_USP),%a0
	movel	%a0,%usp			| next: user sp
	rts					| now running next
SYM_CODE_END(resume)

/*
 * The vector table (VBR points here, head.S): vector 2 is the access
 * error, 32 is trap #0, everything else goes to trap.  0 and 1 (the reset
 * sp and pc) are only read at reset, from address 0.
 */
	.section .rodata
	.balign	4
SYM_DATA_START(vectors)
	.long	0, 0				| 0-1: reset
	.long	buserr				| 2: access error
	.rept	32 - 3
	.long	trap				| 3-31: faults, interrupts
	.endr
	.long	system_call			| 32: trap #0
	.rept	256 - 33
	.long	trap				| 33-255: trap #1-15, FPU, ...
	.endr
SYM_DATA_END(vectors)
