/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64's per-CPU area (Linux 3.x arch/powerpc/include/asm/paca.h), the
 * fields this kernel uses: r13 points to it in the kernel and SPRG1
 * (SPRN_SPRG_PACA) keeps its address for the interrupt vectors, which
 * save r9-r12 in exgen before they have a stack.
 */
#ifndef _REF_ASM_POWERPC_PACA_H
#define _REF_ASM_POWERPC_PACA_H

#ifndef __ASSEMBLY__
struct task_struct;

struct paca_struct {
	struct task_struct *__current;	/* PACACURRENT */
	unsigned long kstack;		/* PACAKSAVE: r1 for a trap from user */
	unsigned long kernel_toc;	/* PACATOC: the kernel's r2 */
	unsigned long exgen[4];		/* PACA_EXGEN: r9-r12 of a vector */
};

extern struct paca_struct paca;
register struct paca_struct *local_paca asm("r13");
#endif

#endif
