// SPDX-License-Identifier: GPL-2.0
/* Offsets the arm entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_START_SP - sizeof(struct pt_regs));

	OFFSET(TI_TASK, thread_info, task);
	OFFSET(TI_CPU_SAVE, thread_info, cpu_context);
	OFFSET(CPU_CTX_R4, cpu_context_save, r4);
	OFFSET(CPU_CTX_R5, cpu_context_save, r5);
	OFFSET(CPU_CTX_SP, cpu_context_save, sp);
	OFFSET(CPU_CTX_PC, cpu_context_save, pc);

	DEFINE(S_R0, offsetof(struct pt_regs, ARM_r0));
	DEFINE(S_R1, offsetof(struct pt_regs, ARM_r1));
	DEFINE(S_R2, offsetof(struct pt_regs, ARM_r2));
	DEFINE(S_R3, offsetof(struct pt_regs, ARM_r3));
	DEFINE(S_R4, offsetof(struct pt_regs, ARM_r4));
	DEFINE(S_R5, offsetof(struct pt_regs, ARM_r5));
	DEFINE(S_R6, offsetof(struct pt_regs, ARM_r6));
	DEFINE(S_R7, offsetof(struct pt_regs, ARM_r7));
	DEFINE(S_R8, offsetof(struct pt_regs, ARM_r8));
	DEFINE(S_R9, offsetof(struct pt_regs, ARM_r9));
	DEFINE(S_R10, offsetof(struct pt_regs, ARM_r10));
	DEFINE(S_FP, offsetof(struct pt_regs, ARM_fp));
	DEFINE(S_IP, offsetof(struct pt_regs, ARM_ip));
	DEFINE(S_SP, offsetof(struct pt_regs, ARM_sp));
	DEFINE(S_LR, offsetof(struct pt_regs, ARM_lr));
	DEFINE(S_PC, offsetof(struct pt_regs, ARM_pc));
	DEFINE(S_PSR, offsetof(struct pt_regs, ARM_cpsr));
	DEFINE(S_OLD_R0, offsetof(struct pt_regs, ARM_ORIG_r0));
	DEFINE(S_FRAME_SIZE, sizeof(struct pt_regs));
	/* Syscall args 5 and 6 (r4, r5) pushed under pt_regs, for the C ABI. */
	DEFINE(S_OFF, 8);
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
