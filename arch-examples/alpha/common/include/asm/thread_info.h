/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha's thread_info (Linux 3.8 arch/alpha/include/asm/thread_info.h):
 * the PALcode's hardware process control block first -- swpctx saves the
 * kernel and user stack pointers into it and loads the next task's --
 * at the bottom of the 16 KiB (two 8 KiB pages) kernel stack.  $8 always
 * holds it in the kernel (-ffixed-8): the entry code computes it from sp.
 */
#ifndef _REF_ASM_ALPHA_THREAD_INFO_H
#define _REF_ASM_ALPHA_THREAD_INFO_H

#define PAGE_SHIFT		13
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define THREAD_SIZE		16384

#ifndef __ASSEMBLY__
struct task_struct;

/* Linux 3.8 arch/alpha/include/asm/thread_info.h struct pcb_struct. */
struct pcb_struct {
	unsigned long ksp;	/* kernel sp, saved by swpctx */
	unsigned long usp;	/* user sp, saved by swpctx */
	unsigned long ptbr;	/* page-table base, a page frame number */
	unsigned int pcc;
	unsigned int asn;
	unsigned long unique;
	unsigned long flags;	/* bit 0: FEN */
	unsigned long res1, res2;
};

/* Linux's also has cpu, preempt_count, addr_limit, bpt_* and more. */
struct thread_info {
	struct pcb_struct pcb;		/* palcode state, first */
	struct task_struct *task;
	unsigned long flags;
};

register struct thread_info *__current_thread_info __asm__("$8");
#define current_thread_info()	__current_thread_info
#endif

#endif
