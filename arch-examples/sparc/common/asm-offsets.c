// SPDX-License-Identifier: GPL-2.0
/* Offsets the sparc64 entry code and the stack diagrams need (see linux/kbuild.h). */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

/* The UAPI's assembly sizes must be the C ones. */
_Static_assert(sizeof(struct pt_regs) == 0xa0 &&
	       sizeof(struct sparc_stackf) == 0xc0, "TRACEREG_SZ, STACKFRAME_SZ");

void asm_offsets(void);

void asm_offsets(void)
{
	/* pt_regs: the very top of the stack (current_pt_regs()). */
	COMMON_ASM_OFFSETS(THREAD_SIZE - sizeof(struct pt_regs));

	/* Linux 3.8 arch/sparc/kernel/asm-offsets.c names (TI_*: thread_info). */
	DEFINE(TI_TASK, offsetof(struct thread_info, task));
	DEFINE(TI_KSP, offsetof(struct thread_info, ksp));
	DEFINE(TI_KREGS, offsetof(struct thread_info, kregs));
	DEFINE(TI_WSTATE, offsetof(struct thread_info, wstate));
	DEFINE(TI_CWP, offsetof(struct thread_info, cwp));
	DEFINE(TI_NEW_CHILD, offsetof(struct thread_info, new_child));
	DEFINE(TI_CURRENT_DS, offsetof(struct thread_info, current_ds));
	DEFINE(NR_SYSCALLS, NR_syscalls);

}
