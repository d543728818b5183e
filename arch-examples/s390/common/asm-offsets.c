// SPDX-License-Identifier: GPL-2.0
/* Offsets the s390 entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>
#include <asm/lowcore.h>

/* The hardware's half of the lowcore is fixed by the architecture. */
_Static_assert(offsetof(struct _lowcore, svc_ilc) == 0x88 &&
	       offsetof(struct _lowcore, pgm_ilc) == 0x8c &&
	       offsetof(struct _lowcore, trans_exc_code) == 0xa8 &&
	       offsetof(struct _lowcore, svc_old_psw) == 0x140 &&
	       offsetof(struct _lowcore, program_old_psw) == 0x150 &&
	       offsetof(struct _lowcore, svc_new_psw) == 0x1c0 &&
	       offsetof(struct _lowcore, io_new_psw) == 0x1f0,
	       "lowcore: the architected offsets");
/* The entry code stores r6-r15 with one stmg at __SF_GPRS. */
_Static_assert(sizeof(struct stack_frame) == 160, "STACK_FRAME_OVERHEAD");

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_SIZE - sizeof(struct pt_regs));

	/* Linux 3.8 arch/s390/kernel/asm-offsets.c names. */
	DEFINE(__THREAD_info, offsetof(struct task_struct, stack));
	DEFINE(__THREAD_ksp, offsetof(struct task_struct, thread.ksp));

	DEFINE(__PT_ARGS, offsetof(struct pt_regs, args));
	DEFINE(__PT_PSW, offsetof(struct pt_regs, psw));
	DEFINE(__PT_GPRS, offsetof(struct pt_regs, gprs));
	DEFINE(__PT_R0, offsetof(struct pt_regs, gprs[0]));
	DEFINE(__PT_R1, offsetof(struct pt_regs, gprs[1]));
	DEFINE(__PT_R2, offsetof(struct pt_regs, gprs[2]));
	DEFINE(__PT_R3, offsetof(struct pt_regs, gprs[3]));
	DEFINE(__PT_R4, offsetof(struct pt_regs, gprs[4]));
	DEFINE(__PT_R5, offsetof(struct pt_regs, gprs[5]));
	DEFINE(__PT_R6, offsetof(struct pt_regs, gprs[6]));
	DEFINE(__PT_R7, offsetof(struct pt_regs, gprs[7]));
	DEFINE(__PT_R8, offsetof(struct pt_regs, gprs[8]));
	DEFINE(__PT_R9, offsetof(struct pt_regs, gprs[9]));
	DEFINE(__PT_R10, offsetof(struct pt_regs, gprs[10]));
	DEFINE(__PT_R11, offsetof(struct pt_regs, gprs[11]));
	DEFINE(__PT_R12, offsetof(struct pt_regs, gprs[12]));
	DEFINE(__PT_R13, offsetof(struct pt_regs, gprs[13]));
	DEFINE(__PT_R14, offsetof(struct pt_regs, gprs[14]));
	DEFINE(__PT_R15, offsetof(struct pt_regs, gprs[15]));
	DEFINE(__PT_ORIG_GPR2, offsetof(struct pt_regs, orig_gpr2));
	DEFINE(__PT_INT_CODE, offsetof(struct pt_regs, int_code));
	DEFINE(__PT_INT_PARM_LONG, offsetof(struct pt_regs, int_parm_long));
	DEFINE(__PT_SIZE, sizeof(struct pt_regs));
	DEFINE(__SF_BACKCHAIN, offsetof(struct stack_frame, back_chain));
	DEFINE(__SF_GPRS, offsetof(struct stack_frame, gprs));
	DEFINE(STACK_FRAME_OVERHEAD, sizeof(struct stack_frame));

	DEFINE(__LC_SVC_ILC, offsetof(struct _lowcore, svc_ilc));
	DEFINE(__LC_PGM_ILC, offsetof(struct _lowcore, pgm_ilc));
	DEFINE(__LC_TRANS_EXC_CODE, offsetof(struct _lowcore, trans_exc_code));
	DEFINE(__LC_SVC_OLD_PSW, offsetof(struct _lowcore, svc_old_psw));
	DEFINE(__LC_PGM_OLD_PSW, offsetof(struct _lowcore, program_old_psw));
	DEFINE(__LC_SAVE_AREA_SYNC, offsetof(struct _lowcore, save_area_sync));
	DEFINE(__LC_RETURN_PSW, offsetof(struct _lowcore, return_psw));
	DEFINE(__LC_CURRENT, offsetof(struct _lowcore, current_task));
	DEFINE(__LC_THREAD_INFO, offsetof(struct _lowcore, thread_info));
	DEFINE(__LC_KERNEL_STACK, offsetof(struct _lowcore, kernel_stack));
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
