// SPDX-License-Identifier: GPL-2.0
/*
 * sh: what start_kernel() needs from the architecture -- the UTLB entries
 * of the user window, with address translation on -- and the exits.
 * head.S has already pointed VBR at the vectors.
 */
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/reboot.h>
#include <asm/cpu.h>
#include <asm/memory.h>

extern char _end[];

#define UTLB_PAGE	0x10000		/* 64 KiB */

_Static_assert(USER_WINDOW_SIZE % UTLB_PAGE == 0 &&
	       USER_WINDOW_SIZE / UTLB_PAGE <= 64 &&
	       (USER_WINDOW_BASE & (UTLB_PAGE - 1)) == 0 &&
	       (USER_WINDOW_PHYS & (UTLB_PAGE - 1)) == 0,
	       "the user window must be whole 64 KiB UTLB pages");

static inline void ctrl_outl(unsigned long v, unsigned long addr)
{
	*(volatile unsigned long *)addr = v;
}

/*
 * Linux 3.8 arch/sh/mm/tlb-sh4.c __update_tlb(), once per page of the
 * window: PTEH = the virtual page (ASID 0), PTEL = the physical page and
 * its bits, MMUCR.URC = the entry to replace, then ldtlb.  MMUCR.TI first
 * invalidates every entry; at the end AT turns translation on for P0/U0
 * (P1, P2 and P4, where the kernel and the devices are, stay unmapped).
 * Each page: user and kernel read/write, dirty (no initial-write
 * exception), shared (no ASID match), uncached -- the kernel copies
 * programs into the window and the CPU runs them with no cache
 * maintenance between.  A user access outside the window misses the TLB:
 * SIGSEGV (traps.c); one at 0x80000000 and above is an address error:
 * SIGSEGV too.  (QEMU 7.2's memory-mapped UTLB data array does not set an
 * entry's page size: entries written there match every address.)
 */
static void tlb_init(void)
{
	unsigned long i;

	ctrl_outl(MMUCR_TI, MMUCR);
	for (i = 0; i < USER_WINDOW_SIZE / UTLB_PAGE; i++) {
		unsigned long va = USER_WINDOW_BASE + i * UTLB_PAGE;
		unsigned long pa = USER_WINDOW_PHYS + i * UTLB_PAGE;

		ctrl_outl(va, MMU_PTEH);
		ctrl_outl(pa | _PAGE_PRESENT | _PAGE_SZ_64K | _PAGE_PR_USER_RW |
			  _PAGE_DIRTY | _PAGE_SHARED, MMU_PTEL);
		ctrl_outl(i << MMUCR_URC_SHIFT, MMUCR);
		__asm__ __volatile__("ldtlb" : : : "memory");
	}
	ctrl_outl(MMUCR_AT | MMUCR_SQMD, MMUCR);
}

void setup_arch(void)
{
	BUG_ON((unsigned long)_end - P1SEG > USER_WINDOW_PHYS);
	tlb_init();
}

/*
 * Linux 3.8 arch/sh/boards/mach-r2d/setup.c r2d_power_off(): a 1 in the
 * R2D FPGA's power-off register; QEMU exits with status 0.
 */
void machine_power_off(void)
{
	*(volatile unsigned short *)R2D_FPGA_POWOFF = 1;
	for (;;)
		;
}

/*
 * Not in Linux: the r2d has no way to end QEMU with another status, so a
 * halt powers off too; the boot's judge is its KTAP document (a halt
 * comes before the plan is complete), not QEMU's status.
 */
void machine_halt(void)
{
	machine_power_off();
}
