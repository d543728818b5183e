/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for sh (32-bit), as Linux 3.8
 * arch/sh/include/uapi/asm/ptrace_32.h: r0-r15, then the state of the
 * exception: pc (SPC), pr, sr (SSR), gbr, mach, macl, and tra (the trapa
 * number, or -1 for another exception).
 */
#ifndef _REF_ASM_SH_PTRACE_H
#define _REF_ASM_SH_PTRACE_H

#include <asm/cpu.h>

#ifndef __ASSEMBLY__
struct pt_regs {
	unsigned long regs[16];		/* regs[15]: sp; regs[0]: the result */
	unsigned long pc;
	unsigned long pr;
	unsigned long sr;		/* SR_MD set: the exception came from the kernel */
	unsigned long gbr;
	unsigned long mach;
	unsigned long macl;
	long tra;
};

#define user_mode(regs)		(((regs)->sr & SR_MD) == 0)
#define instruction_pointer(regs) ((regs)->pc)

/*
 * Linux 3.8 arch/sh/include/asm/ptrace.h current_pt_regs(): the pt_regs
 * at the top of the current stack (task_pt_regs(current)).
 */
#define current_pt_regs()	task_pt_regs(current)
#endif

#endif
