/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Book E (e500, MMU architecture version 1) TLB entry fields, as Linux
 * 3.x arch/powerpc/include/asm/mmu-book3e.h names them.  A TLB1 entry is
 * written by loading MAS0-MAS3 and MAS7, then tlbwe.
 */
#ifndef _REF_ASM_POWERPC_MMU_H
#define _REF_ASM_POWERPC_MMU_H

#define MAS0_TLBSEL(x)		(((x) << 28) & 0x30000000)
#define MAS0_ESEL(x)		(((x) << 16) & 0x0fff0000)
#define MAS1_VALID		0x80000000
#define MAS1_IPROT		0x40000000
#define MAS1_TSIZE(x)		(((x) << 8) & 0x00000f00)	/* 4^x KiB */
#define BOOK3E_PAGESZ_256K	4
#define BOOK3E_PAGESZ_1M	5
#define BOOK3E_PAGESZ_64M	8
#define MAS2_I			0x00000008	/* caching inhibited */
#define MAS2_G			0x00000002	/* guarded */
#define MAS3_UX			0x00000020
#define MAS3_SX			0x00000010
#define MAS3_UW			0x00000008
#define MAS3_SW			0x00000004
#define MAS3_UR			0x00000002
#define MAS3_SR			0x00000001

#endif
