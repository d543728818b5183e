// SPDX-License-Identifier: GPL-2.0
/*
 * A 1:1 map with the short-descriptor format, so that user mode is kept out
 * of the kernel: nothing else here depends on the MMU.
 *
 *   0x09000000  1 MiB section   UART, device, kernel only
 *   0x40000000  1 MiB sections  RAM, kernel only
 *   0x48000000  4 KiB pages     the user window, user read/write
 *   elsewhere   no entry        a translation fault (address 0 included)
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/mmu.h>

#define SECTION		0x2
#define COARSE		0x1
#define SMALL_PAGE	0x2
#define S_XN		(1 << 4)
#define S_B		(1 << 2)
#define S_C		(1 << 3)
#define S_AP_KERNEL	(1 << 10)		/* AP=01: privileged only */
#define P_AP_USER	(3 << 4)		/* AP=11: user read/write */
#define RAM_SECTIONS	256			/* -m 256M */

static u32 l1_table[4096] __aligned(16384);
static u32 window_l2[256] __aligned(1024);


void paging_init(void)
{
	unsigned long a, sctlr;
	int i;

	l1_table[PL011_BASE >> 20] = PL011_BASE | SECTION | S_B | S_XN |
				     S_AP_KERNEL;
	for (i = 0; i < RAM_SECTIONS; i++) {
		a = PHYS_OFFSET + ((unsigned long)i << 20);
		l1_table[a >> 20] = a | SECTION | S_C | S_B | S_AP_KERNEL;
	}
	for (a = USER_WINDOW_BASE; a < USER_WINDOW_END; a += 4096)
		window_l2[(a >> 12) & 0xff] = a | SMALL_PAGE | S_C | S_B |
					      P_AP_USER;
	l1_table[USER_WINDOW_BASE >> 20] = (unsigned long)window_l2 | COARSE;

	/*
	 * sctlr is an output: mrc and orr write it.  Early-clobber keeps
	 * it out of the inputs' registers (the zero is read again after
	 * TTBR0), so no input is overwritten while GCC thinks it live.
	 * dsb: the table writes above reach memory before the walker
	 * reads them; isb: the new SCTLR is in force before the next
	 * instruction is fetched.
	 */
	asm volatile(
	"	mcr	p15, 0, %1, c2, c0, 2\n"	/* TTBCR = 0: TTBR0 only */
	"	mcr	p15, 0, %2, c2, c0, 0\n"	/* TTBR0 = l1_table */
	"	mcr	p15, 0, %3, c3, c0, 0\n"	/* DACR: domain 0 client */
	"	mcr	p15, 0, %1, c8, c7, 0\n"	/* invalidate the TLB */
	"	dsb\n"
	"	isb\n"
	"	mrc	p15, 0, %0, c1, c0, 0\n"
	"	orr	%0, %0, #1\n"			/* SCTLR.M: MMU on */
	"	mcr	p15, 0, %0, c1, c0, 0\n"
	"	isb\n"
	: "=&r" (sctlr)
	: "r" (0), "r" (l1_table), "r" (1)
	: "memory");
}
