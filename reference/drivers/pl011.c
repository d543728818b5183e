// SPDX-License-Identifier: GPL-2.0
/*
 * ARM PL011 UART, polled, transmit only: the console of QEMU's arm and
 * arm64 "virt" machines.  The architecture gives its address (PL011_BASE).
 */
#include <linux/console.h>
#include <asm/memory.h>

#define UART01x_DR	0x00
#define UART01x_FR	0x18
#define UART01x_FR_TXFF	(1 << 5)	/* transmit FIFO full */

static void pl011_putc(char c)
{
	volatile unsigned int *base = (volatile unsigned int *)PL011_BASE;

	while (base[UART01x_FR / 4] & UART01x_FR_TXFF)
		;
	base[UART01x_DR / 4] = (unsigned char)c;
}

void early_console_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			pl011_putc('\r');
		pl011_putc(*s++);
	}
}
