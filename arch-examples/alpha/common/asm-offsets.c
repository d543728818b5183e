// SPDX-License-Identifier: GPL-2.0
/* Offsets the alpha entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>
#include <linux/sched.h>

/*
 * entry.S's SAVE_ALL and the PALcode's frame fix the pt_regs layout
 * (Linux 3.8 entry.S: SP_OFF 184, SWITCH_STACK_SIZE 320).
 */
_Static_assert(offsetof(struct pt_regs, r19) == 72 &&
	       offsetof(struct pt_regs, r26) == 128 &&
	       offsetof(struct pt_regs, hae) == 152 &&
	       offsetof(struct pt_regs, ps) == 184 &&
	       sizeof(struct pt_regs) == 184 + 48 &&
	       sizeof(struct switch_stack) == 320 &&
	       offsetof(struct switch_stack, r26) == 56,
	       "pt_regs, switch_stack: Linux's layout");
_Static_assert(offsetof(struct thread_info, pcb) == 0, "PCB first");

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_SIZE - sizeof(struct pt_regs));

	/* Linux 3.8 arch/alpha/kernel/asm-offsets.c names, and entry.S's. */
	DEFINE(TI_TASK, offsetof(struct thread_info, task));
	DEFINE(TI_FLAGS, offsetof(struct thread_info, flags));
	DEFINE(TI_PCB_KSP, offsetof(struct thread_info, pcb.ksp));
	DEFINE(SP_OFF, offsetof(struct pt_regs, ps));
	DEFINE(SIZEOF_PT_REGS, sizeof(struct pt_regs));
	DEFINE(SWITCH_STACK_SIZE, sizeof(struct switch_stack));
	OFFSET(PT_R0, pt_regs, r0);
	OFFSET(PT_R8, pt_regs, r8);
	OFFSET(PT_R19, pt_regs, r19);
	OFFSET(PT_R20, pt_regs, r20);
	OFFSET(PT_R26, pt_regs, r26);
	OFFSET(PT_R27, pt_regs, r27);
	OFFSET(PT_PS, pt_regs, ps);
	OFFSET(PT_PC, pt_regs, pc);
	OFFSET(PT_GP, pt_regs, gp);
	OFFSET(PT_R16, pt_regs, r16);
	OFFSET(SS_R9, switch_stack, r9);
	OFFSET(SS_R10, switch_stack, r10);
	OFFSET(SS_R26, switch_stack, r26);
	DEFINE(NR_SYSCALLS, NR_syscalls);
	/* For old/entry.S, which cannot include the C headers. */
	DEFINE(SIGCHLD, SIGCHLD);
	DEFINE(CLONE_VM, CLONE_VM);
	DEFINE(CLONE_UNTRACED, CLONE_UNTRACED);
}
