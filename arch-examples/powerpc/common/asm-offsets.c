// SPDX-License-Identifier: GPL-2.0
/*
 * Offsets the powerpc entry code and the stack diagrams need (see
 * linux/kbuild.h), under Linux 3.8 arch/powerpc/kernel/asm-offsets.c's
 * names: GPRn, _NIP, ... are offsets from the stack pointer of a frame
 * whose pt_regs sit STACK_FRAME_OVERHEAD above it.
 */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

/* The entry code saves rN at GPR0 + N * SZL (asm/ppc_asm.h). */
_Static_assert(offsetof(struct pt_regs, gpr[31]) == 31 * sizeof(long) &&
	       offsetof(struct pt_regs, nip) == 32 * sizeof(long),
	       "pt_regs: gpr[] first, then nip");
_Static_assert(sizeof(struct pt_regs) % 16 == 0, "pt_regs: 16-byte multiple");

void asm_offsets(void);

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_SIZE - sizeof(struct pt_regs));

	OFFSET(THREAD, task_struct, thread);
	OFFSET(TASK_STACK, task_struct, stack);
	OFFSET(KSP, thread_struct, ksp);
	OFFSET(PT_REGS, thread_struct, regs);
	OFFSET(TI_FLAGS, thread_info, flags);
	OFFSET(TI_TASK, thread_info, task);

	DEFINE(INT_FRAME_SIZE, STACK_FRAME_OVERHEAD + KERNEL_REDZONE_SIZE +
			       sizeof(struct pt_regs));
	DEFINE(GPR0, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[0]));
	DEFINE(GPR1, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[1]));
	DEFINE(GPR2, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[2]));
	DEFINE(GPR3, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[3]));
	DEFINE(GPR4, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[4]));
	DEFINE(GPR5, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[5]));
	DEFINE(GPR6, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[6]));
	DEFINE(GPR7, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[7]));
	DEFINE(GPR8, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[8]));
	DEFINE(GPR9, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[9]));
	DEFINE(GPR10, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[10]));
	DEFINE(GPR11, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[11]));
	DEFINE(GPR12, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[12]));
	DEFINE(GPR13, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[13]));
	DEFINE(GPR14, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[14]));
	DEFINE(GPR15, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[15]));
	DEFINE(GPR16, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[16]));
	DEFINE(GPR17, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[17]));
	DEFINE(GPR18, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[18]));
	DEFINE(GPR19, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[19]));
	DEFINE(GPR20, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[20]));
	DEFINE(GPR21, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[21]));
	DEFINE(GPR22, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[22]));
	DEFINE(GPR23, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[23]));
	DEFINE(GPR24, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[24]));
	DEFINE(GPR25, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[25]));
	DEFINE(GPR26, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[26]));
	DEFINE(GPR27, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[27]));
	DEFINE(GPR28, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[28]));
	DEFINE(GPR29, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[29]));
	DEFINE(GPR30, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[30]));
	DEFINE(GPR31, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, gpr[31]));
	DEFINE(_NIP, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, nip));
	DEFINE(_MSR, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, msr));
	DEFINE(ORIG_GPR3, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, orig_gpr3));
	DEFINE(_CTR, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, ctr));
	DEFINE(_LINK, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, link));
	DEFINE(_XER, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, xer));
	DEFINE(_CCR, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, ccr));
	DEFINE(_TRAP, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, trap));
	DEFINE(_DAR, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, dar));
	DEFINE(_DSISR, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, dsisr));
	DEFINE(RESULT, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, result));
	DEFINE(STACK_FRAME_OVERHEAD, STACK_FRAME_OVERHEAD);
	DEFINE(NR_SYSCALLS, NR_syscalls);
	/* for kernel_thread() in the old flow's misc_32.S/misc_64.S */
	DEFINE(CLONE_VM, CLONE_VM);
	DEFINE(CLONE_UNTRACED, CLONE_UNTRACED);
#ifdef CONFIG_PPC64
	/* Linux's: a frame under pt_regs, no red zone (_switch, PACAKSAVE) */
	DEFINE(SWITCH_FRAME_SIZE, STACK_FRAME_OVERHEAD + sizeof(struct pt_regs));
	OFFSET(PACACURRENT, paca_struct, __current);
	OFFSET(PACAKSAVE, paca_struct, kstack);
	OFFSET(PACATOC, paca_struct, kernel_toc);
	OFFSET(PACA_EXGEN, paca_struct, exgen);
	DEFINE(SOFTE, STACK_FRAME_OVERHEAD + offsetof(struct pt_regs, softe));
#endif
}
