/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The SH-4 control registers and bits this kernel uses, with Linux's names
 * (arch/sh/include/asm/mmu_context_32.h, cpu-sh4/mmu_context.h, ...).
 */
#ifndef _REF_ASM_SH_CPU_H
#define _REF_ASM_SH_CPU_H

/* SR */
#define SR_MD		0x40000000	/* privileged (kernel) mode */
#define SR_RB		0x20000000	/* register bank 1 */
#define SR_BL		0x10000000	/* exceptions blocked */
#define SR_FD		0x00008000	/* FPU disabled */
#define SR_IMASK	0x000000f0	/* interrupt mask: 15 = all masked */
#define SR_T		0x00000001

/* Memory-mapped registers in P4 */
#define MMU_PTEH	0xff000000
#define MMU_PTEL	0xff000004
#define MMU_TTB		0xff000008
#define MMU_TEA		0xff00000c	/* the faulting address */
#define MMUCR		0xff000010
#define MMU_TRA		0xff000020	/* trapa's immediate << 2 */
#define MMU_EXPEVT	0xff000024	/* the exception's code */
#define MMU_INTEVT	0xff000028
#define MMUCR_AT	0x00000001	/* address translation on */
#define MMUCR_TI	0x00000004	/* invalidate every TLB entry */
#define MMUCR_SQMD	0x00000200	/* store queues: privileged only */

#define MMUCR_URC_SHIFT	10	/* the UTLB entry ldtlb replaces */

/* PTEL (Linux's arch/sh/include/asm/pgtable_32.h names) */
#define _PAGE_PRESENT		0x00000100	/* V */
#define _PAGE_SZ_64K		0x00000080	/* SZ1 = 1, SZ0 = 0 */
#define _PAGE_PR_USER_RW	0x00000060	/* PR = 11: user and kernel rw */
#define _PAGE_DIRTY		0x00000004
#define _PAGE_SHARED		0x00000002	/* no ASID match */

/* EXPEVT codes (Linux arch/sh/kernel/cpu/sh4/entry.S's table) */
#define EXPEVT_TLB_MISS_READ	0x040
#define EXPEVT_TLB_MISS_WRITE	0x060
#define EXPEVT_INITIAL_WRITE	0x080
#define EXPEVT_TLB_PROT_READ	0x0a0
#define EXPEVT_TLB_PROT_WRITE	0x0c0
#define EXPEVT_ADDR_ERR_READ	0x0e0
#define EXPEVT_ADDR_ERR_WRITE	0x100
#define EXPEVT_FPU		0x120
#define EXPEVT_TRAPA		0x160
#define EXPEVT_ILLEGAL		0x180
#define EXPEVT_SLOT_ILLEGAL	0x1a0
#define EXPEVT_USER_BREAK	0x1e0
#define EXPEVT_FPU_DISABLED	0x800
#define EXPEVT_SLOT_FPU_DISABLED 0x820

#endif
