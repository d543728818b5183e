// SPDX-License-Identifier: GPL-2.0
/* arm: what start_kernel() needs from the architecture, and the exits. */
#include <linux/init.h>
#include <linux/reboot.h>
#include <asm/mmu.h>


void setup_arch(void)
{
	paging_init();
}

/*
 * Leave QEMU through semihosting SYS_EXIT (0x18), which QEMU answers only
 * from a privileged mode: ADP_Stopped_ApplicationExit ends it with status 0,
 * any other reason with status 1.
 */
static void __noreturn semihosting_exit(unsigned long reason)
{
	register unsigned long r0 asm("r0") = 0x18;
	register unsigned long r1 asm("r1") = reason;

	/* A semihosting call returns its result in r0: an output. */
	asm volatile("svc 0x123456" : "+r" (r0) : "r" (r1) : "memory");
	for (;;)
		;
}

void machine_power_off(void)
{
	semihosting_exit(0x20026);	/* ADP_Stopped_ApplicationExit */
}

void machine_halt(void)
{
	semihosting_exit(0x20023);	/* ADP_Stopped_RunTimeErrorUnknown */
}
