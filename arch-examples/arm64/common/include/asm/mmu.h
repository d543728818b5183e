/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ARM64_MMU_H
#define _REF_ASM_ARM64_MMU_H

void paging_init(void);	/* mmu.c: the 1:1 map that keeps EL0 out */

#endif
