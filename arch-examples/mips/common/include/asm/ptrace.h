/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for 32-bit mips, as Linux 3.8
 * arch/mips/include/uapi/asm/ptrace.h has it for the kernel: six words of
 * argument save space (the o32 callee's home area for a0-a3, then the 5th
 * and 6th syscall arguments at 16 and 20), the 32 general registers, then
 * the coprocessor 0 state of the exception.  (The UAPI header installed for
 * user space has a different, 64-bit ptrace view under the same name; this
 * header is found first.)
 */
#ifndef _REF_ASM_MIPS_PTRACE_H
#define _REF_ASM_MIPS_PTRACE_H

#include <asm/mipsregs.h>

#ifndef __ASSEMBLY__
struct pt_regs {
	unsigned long pad0[6];		/* argument save space */
	unsigned long regs[32];		/* $0-$31: regs[2] v0, [4-7] a0-a3, [29] sp */
	unsigned long cp0_status;	/* CU0 set: the exception came from the kernel */
	unsigned long hi;
	unsigned long lo;
	unsigned long cp0_badvaddr;
	unsigned long cp0_cause;
	unsigned long cp0_epc;
} __attribute__((aligned(8)));

#define user_mode(regs)		(((regs)->cp0_status & ST0_CU0) == 0)
#define instruction_pointer(regs) ((regs)->cp0_epc)

/*
 * Linux 3.8 arch/mips/include/asm/ptrace.h current_pt_regs(): from the
 * stack pointer, no load: the pt_regs sit 32 bytes below the stack's top.
 */
#define current_pt_regs()						\
({									\
	unsigned long __sp = (unsigned long)__builtin_frame_address(0);	\
	(struct pt_regs *)((__sp | (THREAD_SIZE - 1)) + 1 - 32) - 1;	\
})
#endif

#endif
