// SPDX-License-Identifier: GPL-2.0
/*
 * ppc32 on QEMU's ppce500: what start_kernel() needs from the
 * architecture beyond head_32.S: the exits.  The console is the 16550
 * driver (reference/drivers/8250.c) on the DUART; head_32.S mapped it.
 */
#include <linux/init.h>
#include <linux/reboot.h>
#include <asm/memory.h>

/* Everything (MMU, vectors) was set up by head_32.S before any C ran. */
void setup_arch(void)
{
}

/*
 * The MPC85xx global utilities' reset control register: a reset request
 * (bit 30, HRESET_REQ) resets the board; with -no-reboot QEMU exits
 * (status 0).  Linux's fsl_rstcr_restart() does the same for a reboot;
 * the board has no power-off of its own.
 */
static void __noreturn rstcr_reset(void)
{
	*(volatile unsigned int *)GUTS_RSTCR = 0x2;
	for (;;)
		;
}

/* The clean end of a boot. */
void machine_power_off(void)
{
	rstcr_reset();
}

/*
 * panic()'s end: the same reset, so a panic never hangs the run; the
 * KTAP plan it leaves incomplete is what fails the boot.
 */
void machine_halt(void)
{
	rstcr_reset();
}
