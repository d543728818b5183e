// SPDX-License-Identifier: GPL-2.0
/*
 * x86: what start_kernel() needs from the architecture, the console and
 * the exits.  head_*.S has loaded the GDT and a stack; the rest is here.
 */
#include <linux/init.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <asm/desc.h>
#include <asm/memory.h>

static inline void outb(u8 v, u16 port)
{
	asm volatile("outb %0, %1" : : "a" (v), "Nd" (port));
}

static inline u8 inb(u16 port)
{
	u8 v;

	asm volatile("inb %1, %0" : "=a" (v) : "Nd" (port));
	return v;
}

static inline void outl(u32 v, u16 port)
{
	asm volatile("outl %0, %1" : : "a" (v), "Nd" (port));
}

void setup_arch(void)
{
	cpu_init();
	trap_init();
	paging_init();
}

/* COM1, polled (Linux: early_printk.c early_serial_putc()). */
#define UART_LSR	5		/* line status register */
#define UART_LSR_THRE	0x20		/* transmit holding register empty */

static void serial_putc(char c)
{
	while (!(inb(SERIAL_PORT + UART_LSR) & UART_LSR_THRE))
		;
	outb(c, SERIAL_PORT);
}

void early_console_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			serial_putc('\r');
		serial_putc(*s++);
	}
}

/*
 * QEMU's isa-debug-exit device ends QEMU with status (value << 1) | 1:
 * power-off writes 0 (status 1, QEMU_OK_STATUS in i386.mk and x86_64.mk),
 * halt writes 1 (status 3).
 */
static void __noreturn debug_exit(u32 value)
{
	outl(value, DEBUG_EXIT_PORT);
	for (;;)
		asm volatile("hlt");
}

void machine_power_off(void)
{
	debug_exit(0);
}

void machine_halt(void)
{
	debug_exit(1);
}
