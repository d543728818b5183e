/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs and struct switch_stack for alpha come from the UAPI
 * header, as in Linux 3.6-3.8 (arch/alpha/include/asm/ptrace.h includes
 * them): pt_regs holds what the entry code saves (r0-r8, r19-r28, hae,
 * the PALcode's a0-a2) and, at SP_OFF, the PALcode's own frame (ps, pc,
 * gp, r16-r18).  r9-r15 are callee-saved in C and live in the
 * switch_stack, which only the paths that need them push right below
 * pt_regs.  The user's sp is not in either: the PALcode keeps it (rdusp).
 */
#ifndef _REF_ASM_ALPHA_PTRACE_H
#define _REF_ASM_ALPHA_PTRACE_H

#include_next <asm/ptrace.h>

#ifndef __ASSEMBLY__
#define user_mode(regs)		(((regs)->ps & 8) != 0)
#define instruction_pointer(regs) ((regs)->pc)

/*
 * Linux 3.6 arch/alpha/include/asm/ptrace.h current_pt_regs(): alpha had
 * it before the series -- the pt_regs at the top of the two-page stack,
 * found from $8 (current_thread_info()) without a load.
 */
#define current_pt_regs() \
	((struct pt_regs *)((char *)current_thread_info() + 2 * PAGE_SIZE) - 1)
#endif

#endif
