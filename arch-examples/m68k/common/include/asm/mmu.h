/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_M68K_MMU_H
#define _REF_ASM_M68K_MMU_H

void paging_init(void);	/* mmu.c: keeps user mode out of the kernel */

#endif
