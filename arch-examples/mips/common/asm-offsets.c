// SPDX-License-Identifier: GPL-2.0
/* Offsets the mips entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

/* Linux's arch/mips/include/asm/errno.h: larger values are not errors. */
#define EMAXERRNO	1133

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_SIZE - 32 - sizeof(struct pt_regs));

	OFFSET(TI_FLAGS, thread_info, flags);
	OFFSET(TI_TASK, thread_info, task);
	OFFSET(TASK_STACK, task_struct, stack);
	OFFSET(THREAD_REG16, task_struct, thread.reg16);
	OFFSET(THREAD_REG17, task_struct, thread.reg17);
	OFFSET(THREAD_REG18, task_struct, thread.reg18);
	OFFSET(THREAD_REG19, task_struct, thread.reg19);
	OFFSET(THREAD_REG20, task_struct, thread.reg20);
	OFFSET(THREAD_REG21, task_struct, thread.reg21);
	OFFSET(THREAD_REG22, task_struct, thread.reg22);
	OFFSET(THREAD_REG23, task_struct, thread.reg23);
	OFFSET(THREAD_REG29, task_struct, thread.reg29);
	OFFSET(THREAD_REG30, task_struct, thread.reg30);
	OFFSET(THREAD_REG31, task_struct, thread.reg31);
	OFFSET(THREAD_STATUS, task_struct, thread.cp0_status);

	OFFSET(PT_R0, pt_regs, regs[0]);
	OFFSET(PT_R2, pt_regs, regs[2]);
	OFFSET(PT_R4, pt_regs, regs[4]);
	OFFSET(PT_R5, pt_regs, regs[5]);
	OFFSET(PT_R6, pt_regs, regs[6]);
	OFFSET(PT_R7, pt_regs, regs[7]);
	OFFSET(PT_R16, pt_regs, regs[16]);
	OFFSET(PT_R17, pt_regs, regs[17]);
	OFFSET(PT_R28, pt_regs, regs[28]);
	OFFSET(PT_R29, pt_regs, regs[29]);
	OFFSET(PT_R30, pt_regs, regs[30]);
	OFFSET(PT_R31, pt_regs, regs[31]);
	OFFSET(PT_STATUS, pt_regs, cp0_status);
	OFFSET(PT_HI, pt_regs, hi);
	OFFSET(PT_LO, pt_regs, lo);
	OFFSET(PT_BADVADDR, pt_regs, cp0_badvaddr);
	OFFSET(PT_CAUSE, pt_regs, cp0_cause);
	OFFSET(PT_EPC, pt_regs, cp0_epc);
	DEFINE(PT_SIZE, sizeof(struct pt_regs));
	DEFINE(NR_SYSCALLS, NR_syscalls);
	DEFINE(SYSCALL_BASE, SYSCALL_BASE);
	DEFINE(EMAXERRNO, EMAXERRNO);
}
