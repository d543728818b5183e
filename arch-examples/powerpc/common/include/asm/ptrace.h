/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for powerpc: the UAPI header's (Linux 3.x
 * arch/powerpc/include/asm/ptrace.h): gpr[0..31], nip, msr, orig_gpr3,
 * ctr, link, xer, ccr, mq (32) or softe (64), trap, dar, dsisr, result.
 * The entry code saves it right above a C stack frame
 * (STACK_FRAME_OVERHEAD: back chain, LR save word, and on ppc64 the rest
 * of the ELFv1 frame header and the parameter save area).
 *
 * trap: the vector (0xc00 for a system call) with bit 0 set while the
 * non-volatile GPRs (r13/r14-r31) are not saved in it (FULL_REGS()).
 */
#ifndef _REF_ASM_POWERPC_PTRACE_H
#define _REF_ASM_POWERPC_PTRACE_H

#include_next <asm/ptrace.h>
#include <asm/reg.h>

#ifdef CONFIG_PPC64
#define STACK_FRAME_OVERHEAD	112	/* size of minimum stack frame */
#define KERNEL_REDZONE_SIZE	288	/* ppc64 ABI: below sp is in use */
#else
#define STACK_FRAME_OVERHEAD	16	/* size of minimum stack frame */
#define KERNEL_REDZONE_SIZE	0
#endif

#ifndef __ASSEMBLY__
#define user_mode(regs)		(((regs)->msr & MSR_PR) != 0)
#define instruction_pointer(regs) ((regs)->nip)
#define FULL_REGS(regs)		(((regs)->trap & 1) == 0)

/*
 * Linux 3.8 arch/powerpc/include/asm/ptrace.h current_pt_regs(): the
 * frame the trap from user mode built at the very top of the stack.
 */
#define current_pt_regs() \
	((struct pt_regs *)((unsigned long)current_thread_info() + THREAD_SIZE) - 1)
#endif

#endif
