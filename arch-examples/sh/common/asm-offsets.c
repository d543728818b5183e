// SPDX-License-Identifier: GPL-2.0
/*
 * Offsets the sh entry code and the stack diagrams need (see linux/kbuild.h).
 * Linux 3.8 names the pt_regs ones OFF_R0 ... OFF_TRA; PT_ here, as the
 * other ports (and the guide's pt_regs tables) have them.
 */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_SIZE - sizeof(struct pt_regs));

	OFFSET(TI_FLAGS, thread_info, flags);
	OFFSET(TI_TASK, thread_info, task);
	OFFSET(TASK_STACK, task_struct, stack);
	OFFSET(THREAD_SP, task_struct, thread.sp);
	OFFSET(THREAD_PC, task_struct, thread.pc);

	OFFSET(PT_R0, pt_regs, regs[0]);
	OFFSET(PT_R1, pt_regs, regs[1]);
	OFFSET(PT_R2, pt_regs, regs[2]);
	OFFSET(PT_R3, pt_regs, regs[3]);
	OFFSET(PT_R4, pt_regs, regs[4]);
	OFFSET(PT_R5, pt_regs, regs[5]);
	OFFSET(PT_R6, pt_regs, regs[6]);
	OFFSET(PT_R7, pt_regs, regs[7]);
	OFFSET(PT_R8, pt_regs, regs[8]);
	OFFSET(PT_R9, pt_regs, regs[9]);
	OFFSET(PT_R10, pt_regs, regs[10]);
	OFFSET(PT_R11, pt_regs, regs[11]);
	OFFSET(PT_R12, pt_regs, regs[12]);
	OFFSET(PT_R13, pt_regs, regs[13]);
	OFFSET(PT_R14, pt_regs, regs[14]);
	OFFSET(PT_R15, pt_regs, regs[15]);
	OFFSET(PT_PC, pt_regs, pc);
	OFFSET(PT_PR, pt_regs, pr);
	OFFSET(PT_SR, pt_regs, sr);
	OFFSET(PT_GBR, pt_regs, gbr);
	OFFSET(PT_MACH, pt_regs, mach);
	OFFSET(PT_MACL, pt_regs, macl);
	OFFSET(PT_TRA, pt_regs, tra);
	DEFINE(PT_SIZE, sizeof(struct pt_regs));
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
