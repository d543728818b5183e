/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_S390_MMU_H
#define _REF_ASM_S390_MMU_H

void paging_init(void);	/* mmu.c: the user's address space, the window */

#endif
