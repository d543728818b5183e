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

	/*
	 * pt_regs by name, for the guide's table and the stack diagrams.  The
	 * entry code uses the UAPI's PT_V9_* as Linux's does; each must be
	 * the C layout's offset, which this checks at compile time.
	 */
#define PT_V9(name, field)						\
	_Static_assert(offsetof(struct pt_regs, field) == PT_V9_##name,	\
		       "PT_V9_" #name " is not pt_regs." #field);	\
	DEFINE(__PT_V9_##name, offsetof(struct pt_regs, field))
	PT_V9(G0, u_regs[0]);	PT_V9(G1, u_regs[1]);	PT_V9(G2, u_regs[2]);
	PT_V9(G3, u_regs[3]);	PT_V9(G4, u_regs[4]);	PT_V9(G5, u_regs[5]);
	PT_V9(G6, u_regs[6]);	PT_V9(G7, u_regs[7]);
	PT_V9(I0, u_regs[8]);	PT_V9(I1, u_regs[9]);	PT_V9(I2, u_regs[10]);
	PT_V9(I3, u_regs[11]);	PT_V9(I4, u_regs[12]);	PT_V9(I5, u_regs[13]);
	PT_V9(I6, u_regs[14]);	PT_V9(I7, u_regs[15]);
	PT_V9(TSTATE, tstate);	PT_V9(TPC, tpc);	PT_V9(TNPC, tnpc);
	PT_V9(Y, y);		PT_V9(MAGIC, magic);
#undef PT_V9

}
