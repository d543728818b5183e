/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for riscv, as Linux's arch/riscv/include/asm/ptrace.h
 * (5.7+ names, which serve its M-mode build too): the 31 integer
 * registers, each in slot N for xN with the pc in slot 0 (the layout of
 * the UAPI user_regs_struct), then the trap CSRs and the syscall's first
 * argument.  Every trap saves all of it: riscv has no cheaper subset.
 */
#ifndef _REF_ASM_RISCV_PTRACE_H
#define _REF_ASM_RISCV_PTRACE_H

#include <asm/csr.h>

#ifndef __ASSEMBLY__
struct pt_regs {
	unsigned long epc;	/* mepc: where the trap came from */
	unsigned long ra;	/* x1 */
	unsigned long sp;	/* x2 */
	unsigned long gp;
	unsigned long tp;
	unsigned long t0;
	unsigned long t1;
	unsigned long t2;
	unsigned long s0;	/* x8 */
	unsigned long s1;
	unsigned long a0;	/* x10: first argument, the result */
	unsigned long a1;
	unsigned long a2;
	unsigned long a3;
	unsigned long a4;
	unsigned long a5;
	unsigned long a6;
	unsigned long a7;	/* x17: the syscall number */
	unsigned long s2;
	unsigned long s3;
	unsigned long s4;
	unsigned long s5;
	unsigned long s6;
	unsigned long s7;
	unsigned long s8;
	unsigned long s9;
	unsigned long s10;
	unsigned long s11;
	unsigned long t3;
	unsigned long t4;
	unsigned long t5;
	unsigned long t6;	/* x31 */
	unsigned long status;	/* mstatus: MPP says which mode trapped */
	unsigned long badaddr;	/* mtval: the faulting address */
	unsigned long cause;	/* mcause */
	unsigned long orig_a0;	/* a0 before the syscall overwrote it */
};

#define user_mode(regs)		(((regs)->status & SR_MPP) == 0)
#define instruction_pointer(regs) ((regs)->epc)
#endif

#endif
