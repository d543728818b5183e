/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm, new flow: current_pt_regs() from the stack pointer alone (Linux 3.7
 * arch/arm/include/asm/ptrace.h).  Any sp in the stack rounds up to its
 * last byte; the slot ends 8 bytes below the top (THREAD_START_SP).
 */
#ifndef _REF_ASM_ARM_NEW_PTRACE_H
#define _REF_ASM_ARM_NEW_PTRACE_H

#include_next <asm/ptrace.h>

#ifndef __ASSEMBLY__
#include <asm/thread_info.h>

#define current_pt_regs() ({						\
	register unsigned long __sp asm("sp");				\
	(struct pt_regs *)((__sp | (THREAD_SIZE - 1)) - 7) - 1;		\
})
#endif

#endif
