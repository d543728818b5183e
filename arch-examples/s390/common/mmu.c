// SPDX-License-Identifier: GPL-2.0
/*
 * Keeping user mode out of the kernel: the kernel runs with DAT off (real
 * addresses), user mode with DAT on in the primary space, through one
 * segment table that maps the user window 1:1 and nothing else:
 *
 *   CR1 (primary ASCE) -> segment table, 2048 entries: 2 GiB of 1 MiB
 *                          segments, all invalid but the window's
 *                       -> its page table, 256 entries: the window's
 *                          pages valid, 1:1; the rest of the segment not
 *
 * A user access anywhere else -- address 0, the lowcore, the kernel -- is
 * a segment or page translation exception (program check 0x10, 0x11),
 * above 2 GiB an ASCE-type exception (0x38): SIGSEGV.  The kernel reaches
 * the window at the same addresses with DAT off, so copy_{from,to}_user()
 * are plain copies.  Linux instead runs the kernel with DAT on in the home
 * space (CR13) and gives every process its own tables in CR1.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/mmu.h>

/* Linux 3.8 arch/s390/include/asm/pgtable.h (64-bit, no EDAT). */
#define _ASCE_TABLE_LENGTH	0x03	/* 4 x 4 KiB: 2048 segment entries */
#define _ASCE_TYPE_SEGMENT	0x00
#define _SEGMENT_ENTRY_INV	0x20	/* invalid segment table entry */
#define _PAGE_INVALID		0x400	/* HW invalid bit */
#define PTRS_PER_PMD		2048
#define PTRS_PER_PTE		256
#define SEGMENT_SHIFT		20
#define PAGE_SIZE		4096

_Static_assert((USER_WINDOW_BASE & ((1 << SEGMENT_SHIFT) - 1)) == 0 &&
	       USER_WINDOW_SIZE <= (1 << SEGMENT_SHIFT),
	       "the user window must lie at the start of one segment");

extern char _end[];

static u64 segment_table[PTRS_PER_PMD] __aligned(4 * PAGE_SIZE);
static u64 page_table[PTRS_PER_PTE] __aligned(2048);

/*
 * Linux 3.8 arch/s390/mm/init.c paging_init() builds the kernel's tables
 * and loads them into CR1, CR7 and CR13; this one builds the user's.
 */
void paging_init(void)
{
	u64 asce = (u64)segment_table | _ASCE_TYPE_SEGMENT | _ASCE_TABLE_LENGTH;
	int i;

	/* The kernel must lie below the user's segment, out of its reach. */
	BUG_ON((unsigned long)_end > USER_WINDOW_BASE);

	for (i = 0; i < PTRS_PER_PMD; i++)
		segment_table[i] = _SEGMENT_ENTRY_INV;
	for (i = 0; i < PTRS_PER_PTE; i++)
		page_table[i] = i < USER_WINDOW_SIZE / PAGE_SIZE ?
			USER_WINDOW_BASE + i * PAGE_SIZE : _PAGE_INVALID;
	segment_table[USER_WINDOW_BASE >> SEGMENT_SHIFT] = (u64)page_table;

	/* The primary ASCE: only a PSW with DAT on (user mode) uses it. */
	asm volatile("lctlg %%c1,%%c1,%0" : : "Q" (asce) : "memory");
}
