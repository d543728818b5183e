// SPDX-License-Identifier: GPL-2.0
/* Offsets the um stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>
#define __FRAME_OFFSETS		/* R15 ... SS, the byte offsets */
#include <asm/ptrace-abi.h>

/*
 * PTRACE_GETREGS and PTRACE_SETREGS move pt_regs as the host's
 * user_regs_struct: each slot must sit at the UAPI's byte offset.
 */
_Static_assert(offsetof(struct pt_regs, r15) == R15 &&
	       offsetof(struct pt_regs, bx) == RBX &&
	       offsetof(struct pt_regs, r10) == R10 &&
	       offsetof(struct pt_regs, ax) == RAX &&
	       offsetof(struct pt_regs, di) == RDI &&
	       offsetof(struct pt_regs, orig_ax) == ORIG_RAX &&
	       offsetof(struct pt_regs, ip) == RIP &&
	       offsetof(struct pt_regs, sp) == RSP &&
	       offsetof(struct pt_regs, ss) == SS &&
	       offsetof(struct pt_regs, fs_base) == 168 &&
	       offsetof(struct pt_regs, gs) == 208,
	       "pt_regs: the host's user_regs_struct layout");

void asm_offsets(void);

void asm_offsets(void)
{
	/*
	 * pt_regs are not on the kernel stack on um but in task->thread:
	 * PT_REGS_IN_TASK_OFF tells the guide's tools where (the stack diagrams
	 * draw no pt_regs slot; the arch page says where they live).
	 */
	COMMON_ASM_OFFSETS(THREAD_SIZE);
	OFFSET(PT_REGS_IN_TASK_OFF, task_struct, thread.regs);

	OFFSET(TI_FLAGS, thread_info, flags);
	OFFSET(TI_TASK, thread_info, task);
	OFFSET(TASK_THREAD_REGS, task_struct, thread.regs);
	OFFSET(TASK_THREAD_SWITCH_BUF, task_struct, thread.switch_buf);
	OFFSET(JB_BX, um_jmp_buf, bx);
	OFFSET(JB_SP, um_jmp_buf, sp);
	OFFSET(JB_BP, um_jmp_buf, bp);
	OFFSET(JB_R12, um_jmp_buf, r12);
	OFFSET(JB_R13, um_jmp_buf, r13);
	OFFSET(JB_R14, um_jmp_buf, r14);
	OFFSET(JB_R15, um_jmp_buf, r15);
	OFFSET(JB_IP, um_jmp_buf, ip);
	OFFSET(PT_R15, pt_regs, r15);
	OFFSET(PT_R14, pt_regs, r14);
	OFFSET(PT_R13, pt_regs, r13);
	OFFSET(PT_R12, pt_regs, r12);
	OFFSET(PT_RBP, pt_regs, bp);
	OFFSET(PT_RBX, pt_regs, bx);
	OFFSET(PT_R11, pt_regs, r11);
	OFFSET(PT_R10, pt_regs, r10);
	OFFSET(PT_R9, pt_regs, r9);
	OFFSET(PT_R8, pt_regs, r8);
	OFFSET(PT_RAX, pt_regs, ax);
	OFFSET(PT_RCX, pt_regs, cx);
	OFFSET(PT_RDX, pt_regs, dx);
	OFFSET(PT_RSI, pt_regs, si);
	OFFSET(PT_RDI, pt_regs, di);
	OFFSET(PT_ORIG_RAX, pt_regs, orig_ax);
	OFFSET(PT_RIP, pt_regs, ip);
	OFFSET(PT_CS, pt_regs, cs);
	OFFSET(PT_EFLAGS, pt_regs, flags);
	OFFSET(PT_RSP, pt_regs, sp);
	OFFSET(PT_SS, pt_regs, ss);
	OFFSET(PT_FS_BASE, pt_regs, fs_base);
	OFFSET(PT_GS_BASE, pt_regs, gs_base);
	OFFSET(PT_DS, pt_regs, ds);
	OFFSET(PT_ES, pt_regs, es);
	OFFSET(PT_FS, pt_regs, fs);
	OFFSET(PT_GS, pt_regs, gs);
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
