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
	/* pt_regs are not on the stack on um: in task->thread. */
	COMMON_ASM_OFFSETS(0);

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
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
