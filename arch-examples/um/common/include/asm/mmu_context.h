/* SPDX-License-Identifier: GPL-2.0 */
/*
 * um: each mm is a host process (Linux 3.x arch/um/include/asm/mmu.h
 * mm_context_t, whose context.id.u.pid it is, and arch/um/kernel/skas/mmu.c
 * init_new_context() and destroy_context()), started stopped when the mm
 * is made (fork, exec) and killed when its last user drops it.
 */
#ifndef _REF_ASM_UM_MMU_CONTEXT_H
#define _REF_ASM_UM_MMU_CONTEXT_H

typedef struct {
	long pid;		/* the host process that runs this mm's user mode */
} mm_context_t;

struct mm_struct;

/* mmu.c */
int init_new_context(struct mm_struct *mm);
void destroy_context(struct mm_struct *mm);

#endif
