// SPDX-License-Identifier: GPL-2.0
/*
 * alpha: what start_kernel() needs from the architecture: the PALcode's
 * kernel entry points, the kernel gp, the page table, and the exits.
 */
#include <linux/init.h>
#include <linux/reboot.h>
#include <asm/mmu.h>
#include <asm/pal.h>

void entInt(void);
void entArith(void);
void entMM(void);
void entIF(void);
void entUna(void);
void entSys(void);

/* Linux 3.8 arch/alpha/include/asm/pal.h wrent()/wrkgp() (__CALL_PAL_W2, _W1). */
static void wrent(void (*ent)(void), unsigned long which)
{
	register unsigned long a0 __asm__("$16") = (unsigned long)ent;
	register unsigned long a1 __asm__("$17") = which;

	__asm__ __volatile__("call_pal %2"
			     : "+r"(a0), "+r"(a1) : "i"(PAL_wrent)
			     : "$1", "$22", "$23", "$24", "$25", "memory");
}

static void wrkgp(void)
{
	__asm__ __volatile__("mov $29, $16\n\tcall_pal %0"
			     : : "i"(PAL_wrkgp)
			     : "$1", "$16", "$22", "$23", "$24", "$25", "memory");
}

/*
 * Linux 3.8 arch/alpha/kernel/traps.c trap_init(): the kernel gp for
 * the PALcode to load on every entry, and the six entry points.  Then
 * mm/init.c paging_init()'s part: the page table and init's PCB.
 */
void setup_arch(void)
{
	wrkgp();
	wrent(entArith, 1);
	wrent(entMM, 2);
	wrent(entIF, 3);
	wrent(entUna, 4);
	wrent(entSys, 5);
	wrent(entInt, 0);
	paging_init();
}

/*
 * Linux 3.8 arch/alpha/kernel/process.c machine_power_off() and
 * machine_halt() go through common_shutdown() and the console's halt
 * request in the HWRPB; here call_pal halt straight away: the QEMU
 * PALcode's halt ends QEMU (a shutdown request, status 0).
 * Both exits use it: a panic has printed its message first, and the
 * boot test fails on that message and the missing KTAP plan.
 */
static void __noreturn pal_halt(void)
{
	__asm__ __volatile__("call_pal %0" : : "i"(PAL_halt) : "memory");
	for (;;)
		;
}

void machine_power_off(void)
{
	pal_halt();
}

void machine_halt(void)
{
	pal_halt();
}
