/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs and struct switch_stack for m68k are Linux's own, from the
 * UAPI header.  pt_regs is what entry.S saves under the exception frame the
 * CPU pushed (sr, pc, format/vector: its last three fields); switch_stack is
 * what resume() and the fork wrappers push under that: the callee-saved
 * d6-d7/a3-a6 and a return address.  The user stack pointer is in neither:
 * it lives in the CPU's USP register (thread.usp while switched out).
 */
#ifndef _REF_ASM_M68K_PTRACE_H
#define _REF_ASM_M68K_PTRACE_H

#include_next <asm/ptrace.h>

#define PS_S		0x2000		/* SR: supervisor mode */
#define PS_IPL		0x0700		/* SR: interrupt mask, all levels */

#ifndef __ASSEMBLY__
#define user_mode(regs)		(!((regs)->sr & PS_S))
#define instruction_pointer(regs) ((regs)->pc)
#endif

#endif
