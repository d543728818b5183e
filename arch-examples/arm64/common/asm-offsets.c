// SPDX-License-Identifier: GPL-2.0
/* Offsets the arm64 entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_START_SP - sizeof(struct pt_regs));

	OFFSET(TI_TASK, thread_info, task);
	DEFINE(THREAD_CPU_CONTEXT,
	       offsetof(struct task_struct, thread.cpu_context));

	DEFINE(S_X0, offsetof(struct pt_regs, regs[0]));
	DEFINE(S_X1, offsetof(struct pt_regs, regs[1]));
	DEFINE(S_X2, offsetof(struct pt_regs, regs[2]));
	DEFINE(S_X3, offsetof(struct pt_regs, regs[3]));
	DEFINE(S_X8, offsetof(struct pt_regs, regs[8]));
	DEFINE(S_LR, offsetof(struct pt_regs, regs[30]));
	DEFINE(S_SP, offsetof(struct pt_regs, sp));
	DEFINE(S_PC, offsetof(struct pt_regs, pc));
	DEFINE(S_PSTATE, offsetof(struct pt_regs, pstate));
	DEFINE(S_ORIG_X0, offsetof(struct pt_regs, orig_x0));
	DEFINE(S_SYSCALLNO, offsetof(struct pt_regs, syscallno));
	DEFINE(S_FRAME_SIZE, sizeof(struct pt_regs));
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
