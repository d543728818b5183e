// SPDX-License-Identifier: GPL-2.0
/* printk() and panic(): format into a line buffer, write it to the console. */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/console.h>
#include <linux/reboot.h>

static int vprintk(const char *fmt, va_list ap)
{
	char line[256];
	int n = vsnprintf(line, sizeof(line), fmt, ap);

	early_console_write(line, strnlen(line, sizeof(line)));
	return n;
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

/*
 * Report a fatal kernel error and stop the machine with a failure status, so
 * a boot test can never mistake a panic for a clean power-off.
 */
void panic(const char *fmt, ...)
{
	va_list ap;

	printk("Kernel panic - not syncing: ");
	va_start(ap, fmt);
	vprintk(fmt, ap);
	va_end(ap);
	printk("\n");
	machine_halt();
}
