// SPDX-License-Identifier: GPL-2.0
/*
 * x86: the one page-table helper both targets use (paging_32.c,
 * paging_64.c): they differ in levels and entry size, not in what a last-
 * level table of the 1:1 map holds.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/pgtable.h>

/*
 * Fill @pte, the last-level table of the PTRS_PER_PTE pages at @base, 1:1
 * and kernel only but for the pages of the user window.  Returns the entry
 * that points at it from the level above (user bit set: the walk needs it
 * at every level, the leaf decides).
 */
pteval_t make_pte_table(pteval_t *pte, unsigned long base)
{
	int i;

	for (i = 0; i < PTRS_PER_PTE; i++) {
		unsigned long a = base + i * PAGE_SIZE;

		pte[i] = a | _KERNPG;
		if (a >= USER_WINDOW_BASE && a < USER_WINDOW_END)
			pte[i] |= _PAGE_USER;
	}
	return (unsigned long)pte | _KERNPG | _PAGE_USER;
}
