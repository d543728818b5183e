// SPDX-License-Identifier: GPL-2.0
/*
 * m68k: what start_kernel() needs from the architecture, the console and
 * the exits.  QEMU's virt machine has a Goldfish TTY and a virt-ctrl
 * device; no other port here uses either, so they live in arch code.
 */
#include <linux/init.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <asm/memory.h>
#include <asm/mmu.h>

#define GOLDFISH_TTY_PUT_CHAR	0x00	/* write: one character, no FIFO */
#define VIRT_CTRL_CMD		0x04
#define VIRT_CTRL_CMD_HALT	2	/* QEMU exits with status 0 */
#define VIRT_CTRL_CMD_PANIC	3	/* QEMU exits 1 (-action panic=exit-failure) */

/* Before anything runs in user mode: keep it out of the kernel. */
void setup_arch(void)
{
	paging_init();
}

static void goldfish_tty_putc(char c)
{
	*(volatile u32 *)(GOLDFISH_TTY_BASE + GOLDFISH_TTY_PUT_CHAR) =
		(unsigned char)c;
}

/* printk's output, polled; "\n" becomes "\r\n" for the terminal. */
void early_console_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			goldfish_tty_putc('\r');
		goldfish_tty_putc(*s++);
	}
}

/* virt-ctrl acts asynchronously: spin until QEMU has gone. */
static void __noreturn virt_ctrl(u32 cmd)
{
	*(volatile u32 *)(VIRT_CTRL_BASE + VIRT_CTRL_CMD) = cmd;
	for (;;)
		;
}

/* The clean end of a boot: QEMU exits with status 0. */
void machine_power_off(void)
{
	virt_ctrl(VIRT_CTRL_CMD_HALT);
}

/* panic()'s end: QEMU exits with status 1, so a panic never passes. */
void machine_halt(void)
{
	virt_ctrl(VIRT_CTRL_CMD_PANIC);
}
