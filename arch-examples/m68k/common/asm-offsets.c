// SPDX-License-Identifier: GPL-2.0
/* Offsets the m68k entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

void asm_offsets(void);

void asm_offsets(void)
{
	/* The syscall slot, right at the top: no padding on m68k. */
	COMMON_ASM_OFFSETS(THREAD_SIZE - sizeof(struct pt_regs));

	OFFSET(TI_TASK, thread_info, task);
	OFFSET(TASK_THREAD, task_struct, thread);
	OFFSET(THREAD_KSP, thread_struct, ksp);
	OFFSET(THREAD_USP, thread_struct, usp);
	OFFSET(THREAD_ESP0, thread_struct, esp0);

	OFFSET(PT_OFF_D1, pt_regs, d1);
	OFFSET(PT_OFF_D2, pt_regs, d2);
	OFFSET(PT_OFF_D3, pt_regs, d3);
	OFFSET(PT_OFF_D4, pt_regs, d4);
	OFFSET(PT_OFF_D5, pt_regs, d5);
	OFFSET(PT_OFF_A0, pt_regs, a0);
	OFFSET(PT_OFF_A1, pt_regs, a1);
	OFFSET(PT_OFF_A2, pt_regs, a2);
	OFFSET(PT_OFF_D0, pt_regs, d0);
	OFFSET(PT_OFF_ORIG_D0, pt_regs, orig_d0);
	OFFSET(PT_OFF_STKADJ, pt_regs, stkadj);
	OFFSET(PT_OFF_SR, pt_regs, sr);
	OFFSET(PT_OFF_PC, pt_regs, pc);
	/* The format/vector word, after pc (a bit-field: no offsetof). */
	DEFINE(PT_OFF_FORMATVEC, offsetof(struct pt_regs, pc) + 4);
	DEFINE(SWITCH_STACK_SIZE, sizeof(struct switch_stack));
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
