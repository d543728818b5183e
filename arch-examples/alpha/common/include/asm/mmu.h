/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ALPHA_MMU_H
#define _REF_ASM_ALPHA_MMU_H

void paging_init(void);	/* mmu.c: the page table, the user window */

#endif
