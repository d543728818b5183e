/* SPDX-License-Identifier: GPL-2.0 */
/* Page table entry bits (Linux: pgtable_types.h) and the control registers. */
#ifndef _REF_ASM_X86_PGTABLE_H
#define _REF_ASM_X86_PGTABLE_H

#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_PSE	0x080	/* a 4 MiB (i386) or 2 MiB (x86_64) page */
#define _KERNPG		(_PAGE_PRESENT | _PAGE_RW)

#define X86_CR0_PE	0x00000001
#define X86_CR0_WP	0x00010000
#define X86_CR0_PG	0x80000000
#define X86_CR4_PSE	0x00000010
#define X86_CR4_PAE	0x00000020

#define PAGE_SIZE	4096

#ifndef __ASSEMBLY__
#include <linux/types.h>

/* A page table entry, and how many fit a 4 KiB page table. */
#ifdef CONFIG_X86_64
typedef u64 pteval_t;
#define PTRS_PER_PTE	512
#else
typedef u32 pteval_t;
#define PTRS_PER_PTE	1024
#endif

pteval_t make_pte_table(pteval_t *pte, unsigned long base);
#endif

#endif
