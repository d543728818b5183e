// SPDX-License-Identifier: GPL-2.0
/*
 * Keeping user mode out of the kernel with the 68040's transparent
 * translation registers: no page tables, nothing else depends on the MMU.
 *
 * A TT register maps a 16 MiB-aligned region 1:1 (address bits 31-24,
 * some of them masked) for supervisor accesses, user accesses, or both.
 * An access no TT register matches goes to the page tables, and ours have
 * no valid entry at all, so it faults (an access error, vector 2):
 *
 *   DTT0/ITT0  every address, supervisor only    the kernel sees all, 1:1
 *   DTT1/ITT1  0x01000000-0x01ffffff, user only  the user window's region
 *   otherwise  invalid root table: access error  a user store to address 0,
 *                                                to the kernel or a device
 *
 * The user also reaches the RAM past the window in its region, which holds
 * nothing: the kernel lies wholly below it (checked at boot).
 * Caches stay off (CACR is 0 from reset), so the TTs' cache mode is moot.
 * A real 68040 applies the TT registers with translation off too; QEMU
 * only with TC.E set, hence translation on with the (empty) tables.
 */
#include <linux/kernel.h>
#include <linux/mm.h>
#include <asm/mmu.h>

#define TTR_BASE(addr)	((addr) & 0xff000000)	/* address bits 31-24 */
#define TTR_MASK_ALL	0x00ff0000	/* ignore all of them: every address */
#define TTR_ENABLE	0x00008000
#define TTR_S_USER	0x00000000	/* match user accesses only */
#define TTR_S_SUPER	0x00002000	/* match supervisor accesses only */
#define TC_ENABLE	0x00008000	/* translation on, 4 KiB pages */

_Static_assert(TTR_BASE(USER_WINDOW_BASE) == TTR_BASE(USER_WINDOW_END - 1),
	       "the user window must lie in one 16 MiB region");

extern char _end[];

/* 128 invalid root descriptors: every table walk ends in a fault. */
static u32 root_table[128] __aligned(512);

/*
 * Load the TT registers and turn translation on: from here on, a user
 * access outside the user window's region is an access error.
 */
void paging_init(void)
{
	u32 kernel = TTR_BASE(0) | TTR_MASK_ALL | TTR_ENABLE | TTR_S_SUPER;
	u32 user = TTR_BASE(USER_WINDOW_BASE) | TTR_ENABLE | TTR_S_USER;

	/* The kernel must lie below the user's region, out of its reach. */
	BUG_ON((unsigned long)_end > TTR_BASE(USER_WINDOW_BASE));

	asm volatile(
	"	movec	%0,%%dtt0\n"
	"	movec	%0,%%itt0\n"
	"	movec	%1,%%dtt1\n"
	"	movec	%1,%%itt1\n"
	"	movec	%2,%%urp\n"
	"	movec	%2,%%srp\n"
	"	movec	%3,%%tc\n"
	"	pflusha\n"
	: : "d" (kernel), "d" (user), "a" (root_table), "d" (TC_ENABLE)
	: "memory");
}
