/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for arm is Linux's own, from the UAPI header: r0-r15, cpsr
 * and ORIG_r0, 18 words, saved by every trap from user mode.
 */
#ifndef _REF_ASM_ARM_PTRACE_H
#define _REF_ASM_ARM_PTRACE_H

#include_next <asm/ptrace.h>

#ifndef __ASSEMBLY__
#define user_mode(regs)		(((regs)->ARM_cpsr & MODE_MASK) == USR_MODE)
#define instruction_pointer(regs) ((regs)->ARM_pc)
#endif

#endif
