// SPDX-License-Identifier: GPL-2.0
/* riscv: what start_kernel() needs from the architecture, and the exits. */
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/reboot.h>
#include <asm/csr.h>

/* QEMU's sifive_test device (hw/misc/sifive_test.h): FINISHER_*. */
#define FINISHER_FAIL	0x3333	/* exit status in bits 16-31 */
#define FINISHER_PASS	0x5555	/* exit status 0 */

_Static_assert((USER_WINDOW_SIZE & (USER_WINDOW_SIZE - 1)) == 0 &&
	       (USER_WINDOW_BASE & (USER_WINDOW_SIZE - 1)) == 0,
	       "the user window must be one PMP NAPOT region");

extern char _end[];

/*
 * The memory protection: PMP entry 0 lets U-mode read, write and execute
 * the user window.  No other entry matches, so U-mode may touch nothing
 * else (address 0, the kernel, the devices: an access fault), while
 * M-mode, for which an unlocked entry does not apply, reaches everything.
 */
void setup_arch(void)
{
	BUG_ON((unsigned long)_end > USER_WINDOW_BASE);
	csr_write(pmpaddr0, PMP_NAPOT(USER_WINDOW_BASE, USER_WINDOW_SIZE));
	csr_write(pmpcfg0, PMP_A_NAPOT | PMP_R | PMP_W | PMP_X);
}

/* The device acts on the store; spin until QEMU has gone. */
static void __noreturn sifive_test_exit(u32 value)
{
	*(volatile u32 *)SIFIVE_TEST_BASE = value;
	for (;;)
		;
}

void machine_power_off(void)
{
	sifive_test_exit(FINISHER_PASS);
}

void machine_halt(void)
{
	sifive_test_exit(FINISHER_FAIL | 1 << 16);
}
