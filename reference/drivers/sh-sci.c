// SPDX-License-Identifier: GPL-2.0
/*
 * SuperH on-chip SCI (Serial Communication Interface), polled, transmit
 * only (Linux's drivers/tty/serial/sh-sci.c, its earlycon): the console of
 * QEMU's r2d board.  A byte stored to the transmit data register goes out.
 * Differs from Linux: no wait for the status register's transmit-data-empty
 * flag (QEMU's SCI sends each byte at once and does not model the flag).
 * The architecture gives the SCI's base (SH_SCI_BASE) in
 * <asm/memory.h>.
 */
#include <linux/console.h>
#include <asm/memory.h>

#define SCTDR		0x0c	/* transmit data register */

static void sci_putc(char c)
{
	volatile unsigned char *base = (volatile unsigned char *)SH_SCI_BASE;

	base[SCTDR] = c;
}

void early_console_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			sci_putc('\r');
		sci_putc(*s++);
	}
}
