// SPDX-License-Identifier: GPL-2.0
/*
 * Keeping user mode out of the kernel: the kernel runs in KSEG, which
 * the CPU lets only kernel mode use.  User mode sees nothing but what
 * the page table maps, and it maps the user window, 1:1 in virtual
 * addresses onto backing pages in the kernel's .bss:
 *
 *   ptbr -> L1 (1024 entries, 8 GiB each): entry 0 valid
 *        -> L2 (8 MiB each): the window's entry valid
 *        -> L3 (8 KiB pages): the window's 32 pages, user read/write
 *
 * A user access anywhere else -- address 0, KSEG -- is a translation-
 * not-valid or access-violation fault: SIGSEGV.  The kernel reaches the
 * window at the same addresses through the same table, so copy_{from,
 * to}_user() are plain copies.  Linux gives every mm its own pgd and
 * switches ptbr in swpctx; here all tasks share one table and the window
 * is swapped by copying (mm/window.c).
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/mm.h>
#include <asm/mmu.h>
#include <asm/memory.h>

/* Linux 3.8 arch/alpha/include/asm/pgtable.h */
#define _PAGE_VALID	0x0001
#define _PAGE_KRE	0x0100	/* xxx kernel read enable */
#define _PAGE_URE	0x0200	/* xxx user read enable */
#define _PAGE_KWE	0x1000	/* xxx kernel write enable */
#define _PAGE_UWE	0x2000	/* xxx user write enable */
#define _PAGE_TABLE	(_PAGE_VALID | _PAGE_KRE | _PAGE_URE | _PAGE_KWE | _PAGE_UWE)
#define PTRS_PER_PTE	1024
#define pte_index(va, level)	((((unsigned long)(va)) >> (PAGE_SHIFT + 10 * (level))) & 1023)

_Static_assert(pte_index(USER_WINDOW_BASE, 0) + USER_WINDOW_SIZE / PAGE_SIZE
	       <= PTRS_PER_PTE &&
	       pte_index(USER_WINDOW_BASE + USER_WINDOW_SIZE - 1, 1) ==
	       pte_index(USER_WINDOW_BASE, 1),
	       "the user window must lie in one L3 page table");

static unsigned long pgd[PTRS_PER_PTE] __aligned(PAGE_SIZE);
static unsigned long pmd[PTRS_PER_PTE] __aligned(PAGE_SIZE);
static unsigned long pte[PTRS_PER_PTE] __aligned(PAGE_SIZE);
static unsigned char window_pages[USER_WINDOW_SIZE] __aligned(PAGE_SIZE);

/* Linux 3.8 arch/alpha/include/asm/pgtable.h mk_pte(): the PFN in bits 32-63. */
static unsigned long mk_pte(void *page, unsigned long prot)
{
	return (virt_to_phys(page) >> PAGE_SHIFT) << 32 | prot;
}

/*
 * Linux 3.8 arch/alpha/mm/init.c paging_init() and switch_to_system_map()
 * (load_PCB): build the table, then swpctx from the PALcode's PCB to
 * init's, whose ksp must be the sp we are running on.  The PALcode
 * flushes the TLB for the new ptbr.
 */
void paging_init(void)
{
	struct pcb_struct *pcb = &init_thread_union.thread_info.pcb;
	register unsigned long a0 __asm__("$16") = virt_to_phys(pcb);
	unsigned long i;

	pgd[pte_index(USER_WINDOW_BASE, 2)] = mk_pte(pmd, _PAGE_TABLE);
	pmd[pte_index(USER_WINDOW_BASE, 1)] = mk_pte(pte, _PAGE_TABLE);
	for (i = 0; i < USER_WINDOW_SIZE / PAGE_SIZE; i++)
		pte[pte_index(USER_WINDOW_BASE, 0) + i] =
			mk_pte(window_pages + i * PAGE_SIZE, _PAGE_TABLE);

	pcb->ptbr = virt_to_phys(pgd) >> PAGE_SHIFT;
	pcb->flags = 1;		/* FEN, as Linux's */
	__asm__ __volatile__(
		"stq	$30, %1\n\t"	/* pcb->ksp = this sp */
		"call_pal %2"
		: "+r"(a0), "=m"(pcb->ksp)
		: "i"(PAL_swpctx)
		: "$0", "$1", "$22", "$23", "$24", "$25", "memory");
}
