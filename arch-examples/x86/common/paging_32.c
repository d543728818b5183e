// SPDX-License-Identifier: GPL-2.0
/*
 * i386: a 1:1 map of RAM with two-level, non-PAE page tables, so that user
 * mode is kept out of the kernel (nothing else here needs the MMU):
 *
 *   0x00000000  4 KiB pages   page 0 absent (a NULL access faults),
 *                             the rest of the first 4 MiB kernel only
 *   0x00400000  4 MiB pages   RAM, kernel only
 *   0x08000000  4 KiB pages   the 4 MiB holding the user window: its pages
 *                             user read/write, the others kernel only
 *   above RAM   no entry
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/desc.h>
#include <asm/pgtable.h>

#define PGDIR_SHIFT	22

_Static_assert(USER_WINDOW_BASE >> PGDIR_SHIFT ==
	       (USER_WINDOW_END - 1) >> PGDIR_SHIFT &&
	       USER_WINDOW_BASE >> PGDIR_SHIFT != 0,
	       "the user window must fill part of one 4 MiB page, not the first");

static pteval_t swapper_pg_dir[1024] __aligned(PAGE_SIZE);
static pteval_t pg0[PTRS_PER_PTE] __aligned(PAGE_SIZE);
static pteval_t pg_user[PTRS_PER_PTE] __aligned(PAGE_SIZE);

void paging_init(void)
{
	unsigned long a;

	for (a = 0; a < RAM_SIZE; a += 1UL << PGDIR_SHIFT)
		swapper_pg_dir[a >> PGDIR_SHIFT] = a | _PAGE_PSE | _KERNPG;
	swapper_pg_dir[0] = make_pte_table(pg0, 0);
	pg0[0] = 0;
	swapper_pg_dir[USER_WINDOW_BASE >> PGDIR_SHIFT] =
		make_pte_table(pg_user, ALIGN_DOWN(USER_WINDOW_BASE,
						   1UL << PGDIR_SHIFT));

	asm volatile(
	"	movl	%%cr4, %%eax\n"
	"	orl	%1, %%eax\n"
	"	movl	%%eax, %%cr4\n"		/* 4 MiB pages */
	"	movl	%0, %%cr3\n"		/* the page directory */
	"	movl	%%cr0, %%eax\n"
	"	orl	%2, %%eax\n"
	"	movl	%%eax, %%cr0\n"		/* paging on */
	: : "r" (swapper_pg_dir), "i" (X86_CR4_PSE),
	    "i" (X86_CR0_PG | X86_CR0_WP)
	: "eax", "cc", "memory");		/* orl sets the flags */
}
