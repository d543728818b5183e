/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Assembly helpers (Linux 3.x arch/powerpc/include/asm/ppc_asm.h): saving
 * and restoring GPRs in the pt_regs at STACK_FRAME_OVERHEAD(base), with
 * the word size's load and store.  The non-volatile GPRs are r13-r31 on
 * ppc32 and r14-r31 on ppc64, where r13 (the PACA) is saved on entry.
 */
#ifndef _REF_ASM_POWERPC_PPC_ASM_H
#define _REF_ASM_POWERPC_PPC_ASM_H

#include <generated/asm-offsets.h>	/* GPR0, for the macros below */

#ifdef CONFIG_PPC64
#define SZL		8
#define PPC_LL		ld
#define PPC_STL		std
#define PPC_STLU	stdu
#define PPC_LCMPI	cmpdi
#define PPC_LONG	.8byte
#define FIRST_NVGPR	14
#else
#define SZL		4
#define PPC_LL		lwz
#define PPC_STL		stw
#define PPC_STLU	stwu
#define PPC_LCMPI	cmpwi
#define PPC_LONG	.long
#define FIRST_NVGPR	13
#endif

	.macro	SAVE_GPRS first, last, base
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.if	\n >= \first && \n <= \last
	PPC_STL	%r\n, GPR0 + SZL * \n(\base)
	.endif
	.endr
	.endm

	.macro	REST_GPRS first, last, base
	.irp	n, 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31
	.if	\n >= \first && \n <= \last
	PPC_LL	%r\n, GPR0 + SZL * \n(\base)
	.endif
	.endr
	.endm

#define SAVE_NVGPRS(base)	SAVE_GPRS FIRST_NVGPR, 31, base
#define REST_NVGPRS(base)	REST_GPRS FIRST_NVGPR, 31, base

/*
 * Linux 3.x arch/powerpc/include/asm/errno.h: the highest errno a system
 * call returns; the syscall exit turns -1 .. -_LAST_ERRNO into SO + errno.
 */
#define _LAST_ERRNO	516

/* Linux's CURRENT_THREAD_INFO(dest, sp): the stack pointer rounded down. */
#ifdef CONFIG_PPC64
#define CURRENT_THREAD_INFO(dest, sp)	clrrdi dest, sp, THREAD_SHIFT
#else
#define CURRENT_THREAD_INFO(dest, sp)	rlwinm dest, sp, 0, 0, 31 - THREAD_SHIFT
#endif

/* LOAD_REG_IMMEDIATE(reg, symbol or constant), for the word size. */
#ifdef CONFIG_PPC64
#define LOAD_REG_IMMEDIATE(reg, expr)		\
	lis	reg, (expr)@highest;		\
	ori	reg, reg, (expr)@higher;	\
	rldicr	reg, reg, 32, 31;		\
	oris	reg, reg, (expr)@h;		\
	ori	reg, reg, (expr)@l
#else
#define LOAD_REG_IMMEDIATE(reg, expr)		\
	lis	reg, (expr)@ha;			\
	addi	reg, reg, (expr)@l
#endif

#endif
