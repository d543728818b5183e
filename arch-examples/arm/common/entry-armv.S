/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm exception entry and exit, shared by the old and the new flow.
 *
 * Every trap from user mode builds a struct pt_regs at the top of the
 * current task's kernel stack -- its normal location, task_pt_regs() -- and
 * every return to user mode (ret_to_user) restores from there:
 *
 *	thread_info + THREAD_SIZE   +-------------------+
 *	                            |  8 bytes, unused  |
 *	thread_info + THREAD_START_SP +-----------------+ <- sp_svc in user mode
 *	                            |  ORIG_r0          |
 *	                            |  cpsr (user)      |  S_PSR
 *	                            |  pc   (user)      |  S_PC
 *	                            |  lr, sp (user)    |  S_LR, S_SP
 *	                            |  r0 ... r12       |  S_R0
 *	        task_pt_regs() ->   +-------------------+
 *	                            |  r4, r5 (args 5,6)|  S_OFF, syscalls only
 *	                            +-------------------+ <- sp in sys_*()
 *
 * The kernel runs with interrupts off and the CPU never takes one: tasks
 * switch only in schedule(), and the only ways in are svc and the faults.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

	.syntax	unified
	.arm

/*
 * The vector table (VBAR points here, head.S).  Interrupts are never
 * enabled, so IRQ and FIQ, like reset, mean a bug.
 */
	.section .text.vectors, "ax"
	.align	5
SYM_CODE_START(vectors)
	b	vector_bad		@ reset
	b	vector_und		@ undefined instruction
	b	vector_swi		@ svc: a system call
	b	vector_pabt		@ prefetch abort
	b	vector_dabt		@ data abort
	b	vector_bad		@ (unused)
	b	vector_bad		@ IRQ
	b	vector_bad		@ FIQ
SYM_CODE_END(vectors)

	.text

/*
 * usr_entry: in SVC mode, just trapped from USR mode with lr = the user pc
 * and spsr = the user cpsr.  Save everything into the pt_regs slot.
 */
	.macro	usr_entry
	sub	sp, sp, #S_FRAME_SIZE	@ sp_svc: THREAD_START_SP -> pt_regs
	stmia	sp, {r0 - r12}		@ user r0-r12
	add	r8, sp, #S_PC
	stmdb	r8, {sp, lr}^		@ user sp, lr: "^" = the USR bank
	mrs	r9, spsr
	str	lr, [sp, #S_PC]		@ where to return in user mode
	str	r9, [sp, #S_PSR]	@ the user cpsr
	str	r0, [sp, #S_OLD_R0]	@ first argument, before r0 = result
	.endm

/*
 * The system call.  EABI: number in r7, arguments in r0-r5.  r4 and r5 are
 * pushed so that sys_*() find arguments 5 and 6 on the stack as the C ABI
 * wants: from here to the return, pt_regs are at sp + S_OFF.
 */
SYM_CODE_START_LOCAL(vector_swi)
	usr_entry
	ldr	r8, =sys_call_table
	stmdb	sp!, {r4, r5}		@ sp -> args 5, 6; pt_regs at sp + S_OFF
	cmp	r7, #NR_SYSCALLS
	adr	lr, ret_fast_syscall	@ sys_*() return there
	ldrlo	pc, [r8, r7, lsl #2]	@ call sys_call_table[r7]
	b	sys_ni_syscall		@ out of range: -ENOSYS
SYM_CODE_END(vector_swi)

SYM_CODE_START(ret_fast_syscall)
	add	sp, sp, #S_OFF		@ sp -> pt_regs
	str	r0, [sp, #S_R0]		@ the syscall's result for user r0
SYM_CODE_END(ret_fast_syscall)
	/* fall through: no padding (NOALIGN) */

/*
 * Return to the mode and pc saved in the pt_regs at sp: USR mode normally.
 * ldm "^" loads the USR bank's sp and lr; "movs pc, lr" copies spsr into
 * cpsr.  sp_svc ends at the top of pt_regs again, ready for the next trap.
 */
SYM_CODE_START_NOALIGN(ret_to_user)
	ldr	r1, [sp, #S_PSR]	@ the cpsr to return to
	ldr	lr, [sp, #S_PC]!	@ the pc to return to; sp -> regs->pc
	msr	spsr_cxsf, r1
	ldmdb	sp, {r0 - lr}^		@ r0-r12, USR sp and lr
	nop				@ no banked access right after ldm ^
	add	sp, sp, #S_FRAME_SIZE - S_PC	@ sp -> THREAD_START_SP
	movs	pc, lr			@ cpsr = spsr: to user mode
SYM_CODE_END(ret_to_user)

/*
 * The fault vectors arrive in UND or ABT mode, whose sp points to a 3-word
 * scratch area (head.S).  Park r0, the return address and spsr there, move
 * to SVC mode -- onto the task's kernel stack -- and build pt_regs as
 * usr_entry does.  @correction turns lr into the faulting instruction.
 */
	.macro	vector_stub, name, correction, handler
SYM_CODE_START_LOCAL(vector_\name)
	sub	lr, lr, #\correction	@ lr -> the faulting instruction
	stmia	sp, {r0, lr}		@ scratch: r0, pc
	mrs	lr, spsr
	str	lr, [sp, #8]		@ scratch: cpsr of the faulting code
	mov	r0, sp			@ r0 -> scratch, across the mode change
	msr	cpsr_c, #SVC_MODE | PSR_I_BIT | PSR_F_BIT
	sub	sp, sp, #S_FRAME_SIZE	@ sp -> pt_regs slot
	stmib	sp, {r1 - r12}		@ r1-r12 as they were
	ldmia	r0, {r1 - r3}		@ r1 = r0, r2 = pc, r3 = cpsr as they were
	str	r1, [sp, #S_R0]
	add	r0, sp, #S_SP
	stmia	r0, {sp, lr}^		@ USR sp, lr
	nop
	str	r2, [sp, #S_PC]
	str	r3, [sp, #S_PSR]
	mov	r0, sp			@ do_*(struct pt_regs *regs) ...
	b	\handler		@ ... does not return
SYM_CODE_END(vector_\name)
	.endm

	vector_stub	und, 4, do_undefinstr
	vector_stub	pabt, 4, do_PrefetchAbort
	vector_stub	dabt, 8, do_DataAbort

SYM_CODE_START_LOCAL(vector_bad)
	ldr	r0, =bad_vector_msg
	b	panic
SYM_CODE_END(vector_bad)

	.section .rodata
SYM_DATA_LOCAL(bad_vector_msg, .asciz "unexpected exception (reset, IRQ or FIQ)")
	.text

/*
 * __switch_to(prev, prev_ti, next_ti): r0 = prev task, r1 = its thread_info,
 * r2 = next's.  Store prev's r4-r11, sp and return address (lr) in its
 * cpu_context, load next's: the ldm into pc resumes next where it last
 * called __switch_to -- or, for a newborn, where copy_thread() pointed it.
 * r0 is untouched, so next sees prev as the return value ("last").
 */
SYM_FUNC_START(__switch_to)
	add	ip, r1, #TI_CPU_SAVE
	stmia	ip, {r4 - r11, sp, lr}	@ prev: callee-saved, sp, resume pc
	add	ip, r2, #TI_CPU_SAVE
	ldmia	ip, {r4 - r11, sp, pc}	@ next: the same; now running next
SYM_FUNC_END(__switch_to)
