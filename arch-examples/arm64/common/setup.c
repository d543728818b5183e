// SPDX-License-Identifier: GPL-2.0
/* arm64: what start_kernel() needs from the architecture, and the exits. */
#include <linux/init.h>
#include <linux/reboot.h>
#include <asm/mmu.h>

void setup_arch(void)
{
	paging_init();
}

#define SYS_EXIT			0x18
#define ADP_Stopped_ApplicationExit	0x20026
#define ADP_Stopped_RunTimeErrorUnknown	0x20023

/*
 * Leave QEMU through semihosting SYS_EXIT, which QEMU answers from EL1.
 * AArch64 passes x1 = a pointer to { reason, subcode }: for
 * ApplicationExit QEMU exits with the subcode, for any other reason with 1.
 */
static void __noreturn semihosting_exit(unsigned long reason,
					unsigned long subcode)
{
	unsigned long block[2] = { reason, subcode };
	register unsigned long x0 asm("x0") = SYS_EXIT;
	register unsigned long *x1 asm("x1") = block;

	/* A semihosting call returns its result in x0: an output. */
	asm volatile("hlt #0xf000" : "+r" (x0) : "r" (x1) : "memory");
	for (;;)
		;
}

void machine_power_off(void)
{
	semihosting_exit(ADP_Stopped_ApplicationExit, 0);
}

void machine_halt(void)
{
	semihosting_exit(ADP_Stopped_RunTimeErrorUnknown, 0);
}
