// SPDX-License-Identifier: GPL-2.0
/*
 * Keeping user mode out of the kernel with the UltraSPARC's TLBs: no page
 * tables, no TLB-miss handler, only locked entries that map 1:1 and never
 * leave the TLB:
 *
 *   0x00400000-0x00bfffff  two 4 MiB pages, privileged   the kernel image
 *   0x01000000-0x0103ffff  four 64 KiB pages, user        the user window
 *   anything else          a TLB miss (trap 0x64/0x68): SIGSEGV for a user,
 *                          a panic for the kernel
 *
 * A user access to a privileged page is an access exception (0x08/0x30).
 * The entries are global, so the contexts (all 0 here) do not matter; the
 * kernel reaches the user window through the same entries.  Linux maps the
 * kernel with locked 4 MiB entries too (head_64.S, the "locked TTE"), but
 * everything else through page tables and its TSB miss handlers.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/asi.h>

/* Linux 3.8 arch/sparc/include/asm/pgtable_64.h, the sun4u TTE bits. */
#define _PAGE_VALID	0x8000000000000000UL
#define _PAGE_SZ4MB_4U	0x6000000000000000UL
#define _PAGE_SZ64K_4U	0x2000000000000000UL
#define _PAGE_L_4U	0x0000000000000040UL	/* locked in the TLB */
#define _PAGE_CP_4U	0x0000000000000020UL
#define _PAGE_CV_4U	0x0000000000000010UL
#define _PAGE_P_4U	0x0000000000000004UL	/* privileged */
#define _PAGE_W_4U	0x0000000000000002UL
#define _PAGE_G_4U	0x0000000000000001UL

#define TLB_TAG_ACCESS	0x30	/* VA of the tag access register (ASI_[ID]MMU) */
#define LSU_CONTROL_IC	0x01
#define LSU_CONTROL_DC	0x02
#define LSU_CONTROL_IM	0x04	/* I-MMU on */
#define LSU_CONTROL_DM	0x08	/* D-MMU on */

extern char _end[];

/* Write TLB entry @i of both TLBs: the tag (VA, context 0) first. */
static void tlb_lock(int i, unsigned long va, unsigned long tte)
{
	asm volatile(
	"	stxa	%0, [%2] %3\n"
	"	stxa	%1, [%4] %5\n"
	"	stxa	%0, [%2] %6\n"
	"	stxa	%1, [%4] %7\n"
	"	membar	#Sync\n"
	: : "r" (va), "r" (tte), "r" (TLB_TAG_ACCESS), "i" (ASI_DMMU),
	    "r" ((unsigned long)i << 3), "i" (ASI_DTLB_DATA_ACCESS),
	    "i" (ASI_IMMU), "i" (ASI_ITLB_DATA_ACCESS)
	: "memory");
}

/*
 * Linux 3.8 arch/sparc/mm/init_64.c paging_init() builds the kernel's page
 * tables; this one only locks the entries above and turns both MMUs on,
 * which changes no address the kernel uses.
 */
void paging_init(void)
{
	const unsigned long common = _PAGE_VALID | _PAGE_L_4U | _PAGE_CP_4U |
		_PAGE_CV_4U | _PAGE_W_4U | _PAGE_G_4U;
	unsigned long a;
	int i = 0;

	BUG_ON((unsigned long)_end > KERNEL_MAP_END);
	for (a = KERNEL_LOAD_ADDR; a < KERNEL_MAP_END; a += 0x400000)
		tlb_lock(i++, a, a | common | _PAGE_SZ4MB_4U | _PAGE_P_4U);
	for (a = USER_WINDOW_BASE; a < USER_WINDOW_END; a += 0x10000)
		tlb_lock(i++, a, a | common | _PAGE_SZ64K_4U);

	asm volatile(
	"	stxa	%0, [%%g0] %1\n"
	"	membar	#Sync\n"
	: : "r" (LSU_CONTROL_IC | LSU_CONTROL_DC | LSU_CONTROL_IM |
		 LSU_CONTROL_DM), "i" (ASI_LSU_CONTROL) : "memory");
}
