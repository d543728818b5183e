// SPDX-License-Identifier: GPL-2.0
/*
 * A 1:1 map with 4 KiB granules and 39-bit addresses (TTBR0 only), so that
 * EL0 is kept out of the kernel: nothing else here depends on the MMU.
 *
 *   l1[0]  0x00000000-0x3fffffff  -> l2_io
 *            0x09000000  2 MiB block   UART, device, EL1 only
 *            elsewhere   no entry      a translation fault (address 0 too)
 *   l1[1]  0x40000000-0x7fffffff  -> l2_ram
 *            RAM         2 MiB blocks  normal memory, EL1 only
 *            0x48000000  -> l3_window
 *              4 KiB pages            the user window, EL0 read/write/exec
 *            beyond -m   no entry
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/mmu.h>

#define L1_SHIFT	30
#define L2_SHIFT	21
#define PAGE_SHIFT	12
#define ENTRIES		512
#define INDEX(a, shift)	(((a) >> (shift)) & (ENTRIES - 1))

/* Descriptor bits (stage 1, VMSAv8-64). */
#define DESC_TABLE	3UL		/* level 1-2: next-level table */
#define DESC_BLOCK	1UL		/* level 1-2: block */
#define DESC_PAGE	3UL		/* level 3: page */
#define ATTR_NORMAL	(0UL << 2)	/* AttrIndx 0: MAIR_EL1 Attr0 */
#define ATTR_DEVICE	(1UL << 2)	/* AttrIndx 1: MAIR_EL1 Attr1 */
#define AP_EL0_RW	(1UL << 6)	/* AP = 01: EL1 and EL0 read/write */
#define SH_INNER	(3UL << 8)
#define AF		(1UL << 10)	/* accessed: no access-flag fault */
#define PXN		(1UL << 53)	/* never executed at EL1 */
#define UXN		(1UL << 54)	/* never executed at EL0 */

#define KERNEL_RAM	(DESC_BLOCK | ATTR_NORMAL | SH_INNER | AF | UXN)
#define KERNEL_IO	(DESC_BLOCK | ATTR_DEVICE | AF | PXN | UXN)
#define USER_PAGE	(DESC_PAGE | ATTR_NORMAL | SH_INNER | AF | AP_EL0_RW | \
			 PXN)

/* MAIR_EL1: Attr0 normal write-back, Attr1 Device-nGnRnE. */
#define MAIR_VALUE	0x00ffUL
/* TCR_EL1: T0SZ = 25 (39 bits), walks cacheable WB/WA inner shareable,
 * 4 KiB granule, EPD1 (no TTBR1 walks), IPS = 32 bits. */
#define TCR_VALUE	(25UL | (1UL << 8) | (1UL << 10) | (3UL << 12) | \
			 (1UL << 23))
#define SCTLR_M		(1UL << 0)	/* MMU on */
#define SCTLR_C		(1UL << 2)	/* data cache */
#define SCTLR_I		(1UL << 12)	/* instruction cache */

/* The user window fills part of one 2 MiB block's level-3 table. */
_Static_assert(USER_WINDOW_BASE % (1UL << L2_SHIFT) == 0 &&
	       USER_WINDOW_SIZE <= (1UL << L2_SHIFT), "user window layout");

static u64 l1[ENTRIES] __aligned(4096);
static u64 l2_io[ENTRIES] __aligned(4096);
static u64 l2_ram[ENTRIES] __aligned(4096);
static u64 l3_window[ENTRIES] __aligned(4096);

/*
 * Build the tables (in .bss, so all entries start invalid) and turn the
 * MMU on.  The map is the identity: every address means the same before
 * and after, so the code running here goes on undisturbed.
 */
void paging_init(void)
{
	unsigned long a, sctlr;

	l1[INDEX(0UL, L1_SHIFT)] = (unsigned long)l2_io | DESC_TABLE;
	l2_io[INDEX(PL011_BASE, L2_SHIFT)] =
		ALIGN_DOWN(PL011_BASE, 1UL << L2_SHIFT) | KERNEL_IO;

	l1[INDEX(PHYS_OFFSET, L1_SHIFT)] = (unsigned long)l2_ram | DESC_TABLE;
	for (a = PHYS_OFFSET; a < PHYS_OFFSET + PHYS_SIZE; a += 1UL << L2_SHIFT)
		l2_ram[INDEX(a, L2_SHIFT)] = a | KERNEL_RAM;
	l2_ram[INDEX(USER_WINDOW_BASE, L2_SHIFT)] =
		(unsigned long)l3_window | DESC_TABLE;
	for (a = USER_WINDOW_BASE; a < USER_WINDOW_END; a += 1UL << PAGE_SHIFT)
		l3_window[INDEX(a, PAGE_SHIFT)] = a | USER_PAGE;

	asm volatile(
	"	msr	mair_el1, %1\n"
	"	msr	tcr_el1, %2\n"
	"	msr	ttbr0_el1, %3\n"
	"	dsb	ish\n"			/* the tables are in memory */
	"	isb\n"
	"	tlbi	vmalle1\n"		/* no stale translations */
	"	dsb	nsh\n"
	"	mrs	%0, sctlr_el1\n"
	"	orr	%0, %0, %4\n"		/* MMU and caches on */
	"	msr	sctlr_el1, %0\n"
	"	isb\n"
	: "=&r" (sctlr)
	: "r" (MAIR_VALUE), "r" (TCR_VALUE), "r" (l1),
	  "r" (SCTLR_M | SCTLR_C | SCTLR_I)
	: "memory");
}
