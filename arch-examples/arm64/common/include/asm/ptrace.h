/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for arm64, as in Linux 3.8: the UAPI user_pt_regs (x0-x30,
 * sp, pc, pstate) followed by orig_x0 and syscallno, 36 words, saved by
 * every exception from EL0.  A multiple of 16 bytes, so sp stays aligned.
 */
#ifndef _REF_ASM_ARM64_PTRACE_H
#define _REF_ASM_ARM64_PTRACE_H

#include_next <asm/ptrace.h>	/* user_pt_regs, PSR_* (UAPI) */

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct pt_regs {
	union {
		struct user_pt_regs user_regs;
		struct {
			u64 regs[31];	/* x0-x30; x30 is lr */
			u64 sp;		/* sp_el0 */
			u64 pc;		/* elr_el1 */
			u64 pstate;	/* spsr_el1 */
		};
	};
	u64 orig_x0;		/* x0 before the syscall's result replaced it */
	u64 syscallno;		/* x8 at svc; ~0 for any other exception */
};

#define user_mode(regs) \
	(((regs)->pstate & PSR_MODE_MASK) == PSR_MODE_EL0t)
#define instruction_pointer(regs) ((regs)->pc)
#endif

#endif
