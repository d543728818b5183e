// SPDX-License-Identifier: GPL-2.0
/*
 * x86_64: long mode needs paging, so head_64.S already runs on a 1:1 map
 * of the first 1 GiB in 2 MiB pages (init_level4_pgt -> level3_ident_pgt
 * -> level2_ident_pgt), kernel only.  paging_init() carves two 2 MiB pages
 * into 4 KiB ones, so that a NULL access faults and user mode reaches the
 * user window and nothing else:
 *
 *   0x00000000  4 KiB pages   page 0 absent, the rest kernel only
 *   0x00200000  2 MiB pages   kernel only
 *   0x00400000  4 KiB pages   the user window user read/write
 *   0x00600000  2 MiB pages   kernel only, up to 1 GiB
 *
 * The user bit must be set at every level of the walk; the upper levels
 * get it, the 2 MiB pages do not.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/desc.h>
#include <asm/pgtable.h>

#define PMD_SHIFT	21

/* head_64.S */
extern u64 init_level4_pgt[512], level3_ident_pgt[512], level2_ident_pgt[512];

_Static_assert(USER_WINDOW_BASE >> PMD_SHIFT ==
	       (USER_WINDOW_END - 1) >> PMD_SHIFT &&
	       USER_WINDOW_BASE >> PMD_SHIFT != 0,
	       "the user window must fill part of one 2 MiB page, not the first");

static pteval_t pg0[PTRS_PER_PTE] __aligned(PAGE_SIZE);
static pteval_t pg_user[PTRS_PER_PTE] __aligned(PAGE_SIZE);

void paging_init(void)
{
	level2_ident_pgt[0] = make_pte_table(pg0, 0);
	pg0[0] = 0;
	level2_ident_pgt[USER_WINDOW_BASE >> PMD_SHIFT] =
		make_pte_table(pg_user, ALIGN_DOWN(USER_WINDOW_BASE,
						   1UL << PMD_SHIFT));
	level3_ident_pgt[0] |= _PAGE_USER;
	init_level4_pgt[0] |= _PAGE_USER;

	asm volatile("movq %0, %%cr3" : : "r" (init_level4_pgt) : "memory");
}
