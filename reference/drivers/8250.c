// SPDX-License-Identifier: GPL-2.0
/*
 * 8250/16550 UART, polled, transmit only, byte-wide registers in memory
 * (Linux's earlycon "uart8250,mmio"): the console of QEMU's riscv "virt"
 * machine and of other boards with a 16550.  The architecture gives its
 * address (SERIAL_8250_BASE) in <asm/memory.h>.
 */
#include <linux/console.h>
#include <asm/memory.h>

#define UART_TX		0	/* transmit holding register (write) */
#define UART_LSR	5	/* line status register */
#define UART_LSR_THRE	0x20	/* transmit holding register empty */

static void serial8250_putc(char c)
{
	volatile unsigned char *base = (volatile unsigned char *)SERIAL_8250_BASE;

	while (!(base[UART_LSR] & UART_LSR_THRE))
		;
	base[UART_TX] = c;
}

void early_console_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			serial8250_putc('\r');
		serial8250_putc(*s++);
	}
}
