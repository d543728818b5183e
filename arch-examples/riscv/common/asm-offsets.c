// SPDX-License-Identifier: GPL-2.0
/* Offsets the riscv entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

/*
 * entry.S saves and restores xN at N * 8 in a loop: pt_regs must keep
 * Linux's order, the pc in slot 0 and x1-x31 after it.  The PT_* names
 * below are for the stack diagrams (and any asm that wants one register).
 */
_Static_assert(offsetof(struct pt_regs, ra) == 1 * 8 &&
	       offsetof(struct pt_regs, s0) == 8 * 8 &&
	       offsetof(struct pt_regs, a0) == 10 * 8 &&
	       offsetof(struct pt_regs, s2) == 18 * 8 &&
	       offsetof(struct pt_regs, t6) == 31 * 8,
	       "pt_regs: xN must sit in slot N");

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_SIZE -
			   ALIGN(sizeof(struct pt_regs), STACK_ALIGN));

	OFFSET(TI_FLAGS, thread_info, flags);
	OFFSET(TI_TASK, thread_info, task);
	OFFSET(TASK_THREAD_RA, task_struct, thread.ra);
	OFFSET(TASK_THREAD_SP, task_struct, thread.sp);
	OFFSET(TASK_THREAD_S0, task_struct, thread.s[0]);

	OFFSET(PT_EPC, pt_regs, epc);
	OFFSET(PT_RA, pt_regs, ra);
	OFFSET(PT_SP, pt_regs, sp);
	OFFSET(PT_GP, pt_regs, gp);
	OFFSET(PT_TP, pt_regs, tp);
	OFFSET(PT_T0, pt_regs, t0);
	OFFSET(PT_T1, pt_regs, t1);
	OFFSET(PT_T2, pt_regs, t2);
	OFFSET(PT_S0, pt_regs, s0);
	OFFSET(PT_S1, pt_regs, s1);
	OFFSET(PT_A0, pt_regs, a0);
	OFFSET(PT_A1, pt_regs, a1);
	OFFSET(PT_A2, pt_regs, a2);
	OFFSET(PT_A3, pt_regs, a3);
	OFFSET(PT_A4, pt_regs, a4);
	OFFSET(PT_A5, pt_regs, a5);
	OFFSET(PT_A6, pt_regs, a6);
	OFFSET(PT_A7, pt_regs, a7);
	OFFSET(PT_S2, pt_regs, s2);
	OFFSET(PT_S3, pt_regs, s3);
	OFFSET(PT_S4, pt_regs, s4);
	OFFSET(PT_S5, pt_regs, s5);
	OFFSET(PT_S6, pt_regs, s6);
	OFFSET(PT_S7, pt_regs, s7);
	OFFSET(PT_S8, pt_regs, s8);
	OFFSET(PT_S9, pt_regs, s9);
	OFFSET(PT_S10, pt_regs, s10);
	OFFSET(PT_S11, pt_regs, s11);
	OFFSET(PT_T3, pt_regs, t3);
	OFFSET(PT_T4, pt_regs, t4);
	OFFSET(PT_T5, pt_regs, t5);
	OFFSET(PT_T6, pt_regs, t6);
	OFFSET(PT_STATUS, pt_regs, status);
	OFFSET(PT_BADADDR, pt_regs, badaddr);
	OFFSET(PT_CAUSE, pt_regs, cause);
	OFFSET(PT_ORIG_A0, pt_regs, orig_a0);
	DEFINE(PT_SIZE_ON_STACK, ALIGN(sizeof(struct pt_regs), STACK_ALIGN));
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
