// SPDX-License-Identifier: GPL-2.0
/* Offsets the sh entry code and the stack diagrams need (see linux/kbuild.h). */
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

	OFFSET(OFF_R0, pt_regs, regs[0]);
	OFFSET(OFF_R1, pt_regs, regs[1]);
	OFFSET(OFF_R4, pt_regs, regs[4]);
	OFFSET(OFF_R5, pt_regs, regs[5]);
	OFFSET(OFF_SP, pt_regs, regs[15]);
	OFFSET(OFF_PC, pt_regs, pc);
	OFFSET(OFF_PR, pt_regs, pr);
	OFFSET(OFF_SR, pt_regs, sr);
	OFFSET(OFF_GBR, pt_regs, gbr);
	OFFSET(OFF_MACH, pt_regs, mach);
	OFFSET(OFF_MACL, pt_regs, macl);
	OFFSET(OFF_TRA, pt_regs, tra);
	DEFINE(PT_SIZE, sizeof(struct pt_regs));
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
