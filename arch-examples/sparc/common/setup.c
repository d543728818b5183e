// SPDX-License-Identifier: GPL-2.0
/*
 * sparc64 on QEMU's sun4u: what start_kernel() needs from the
 * architecture.  The console is the 16550 on the ISA bus behind the
 * sabre's PCI I/O space, written with physical-bypass stores as Linux's
 * early console does on sun4u; the power register sits in the same space.
 * Without OpenBIOS nobody opens the PCI-PCI bridge's I/O window beyond the
 * first 4 KiB, so setup_arch() widens it to reach the power register.
 */
#include <linux/init.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <asm/asi.h>
#include <asm/memory.h>
#include <asm/switch_to.h>

void paging_init(void);		/* mmu.c */

/* Where etrap finds the running task's thread_info (switch_to() sets it). */
struct trap_per_cpu trap_block[1];

static inline void stb_phys(unsigned long addr, unsigned char val)
{
	asm volatile("stba %0, [%1] %2" : : "r" (val), "r" (addr),
		     "i" (ASI_PHYS_BYPASS_EC_E) : "memory");
}

static inline unsigned char ldb_phys(unsigned long addr)
{
	unsigned char val;

	asm volatile("lduba [%1] %2, %0" : "=r" (val) : "r" (addr),
		     "i" (ASI_PHYS_BYPASS_EC_E) : "memory");
	return val;
}

static inline void stw_phys(unsigned long addr, unsigned int val)
{
	asm volatile("stwa %0, [%1] %2" : : "r" (val), "r" (addr),
		     "i" (ASI_PHYS_BYPASS_EC_E) : "memory");
}

#define UART_BASE	(SABRE_PCI_IO + 0x3f8)
#define UART_TX		0
#define UART_LSR	5
#define UART_LSR_THRE	0x20
/* QEMU's sun4u power device (Linux drivers/sbus/char: "power"): bit 24 off. */
#define POWER_REG	(SABRE_PCI_IO + 0x7240)
#define POWER_OFF	0x01000000
/* The PCI-PCI bridge at 00:01.1 in front of the ebus: its I/O limit. */
#define APB_IO_LIMIT	(SABRE_PCI_CONFIG + (0x01 << 11) + (1 << 8) + 0x1d)

static void serial_putc(char c)
{
	while (!(ldb_phys(UART_BASE + UART_LSR) & UART_LSR_THRE))
		;
	stb_phys(UART_BASE + UART_TX, c);
}

void early_console_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

/* Linux 3.8 arch/sparc/kernel/setup_64.c setup_arch(), what is left: the MMU. */
void setup_arch(void)
{
	stb_phys(APB_IO_LIMIT, 0x70);	/* I/O window 0x0000-0x7fff */
	paging_init();
}

/* The clean end of a boot: QEMU exits with status 0. */
void machine_power_off(void)
{
	stw_phys(POWER_REG, POWER_OFF);
	for (;;)
		;
}

/*
 * panic()'s end.  sun4u can only power off (status 0), so a panic leaves
 * QEMU running until the runner's timeout would; instead it powers off
 * too, and the runner fails the boot because the KTAP plan is incomplete.
 */
void machine_halt(void)
{
	machine_power_off();
}
