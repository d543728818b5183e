/* SPDX-License-Identifier: GPL-2.0 */
/* The descriptor tables, the CPU set-up and paging: common/cpu.c, traps.c, paging_*.c. */
#ifndef _REF_ASM_X86_DESC_H
#define _REF_ASM_X86_DESC_H

#include <linux/types.h>
#include <asm/segment.h>

extern u64 gdt_table[GDT_ENTRIES];

void cpu_init(void);	/* GDT's TSS, TR; x86_64: the syscall MSRs */
void trap_init(void);	/* the IDT */
void paging_init(void);	/* the final page tables */

#endif
