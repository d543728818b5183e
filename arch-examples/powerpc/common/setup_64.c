// SPDX-License-Identifier: GPL-2.0
/*
 * ppc64 on QEMU's pseries: the console and the exits, through the
 * hypervisor (Linux 3.8 drivers/tty/hvc/hvc_vio.c / hvc_put_chars() and
 * arch/powerpc/kernel/rtas.c rtas_call()).  QEMU implements RTAS itself,
 * behind its private KVMPPC_H_RTAS hypercall; the tokens are the device
 * tree's /rtas properties.
 */
#include <linux/init.h>
#include <linux/reboot.h>
#include <linux/console.h>
#include <asm/paca.h>

#define H_PUT_TERM_CHAR		0x58
#define KVMPPC_H_RTAS		0xf000
#define VTERM_NO		0x71000000	/* /vdevice/vty@71000000 */
#define RTAS_POWER_OFF		0x2003		/* /rtas power-off */
#define RTAS_IBM_OS_TERM	0x201f		/* /rtas ibm,os-term */

struct paca_struct paca;

static unsigned long hcall3(unsigned long op, unsigned long a1,
			    unsigned long a2, unsigned long a3)
{
	register unsigned long r3 asm("r3") = op;
	register unsigned long r4 asm("r4") = a1;
	register unsigned long r5 asm("r5") = a2;
	register unsigned long r6 asm("r6") = a3;
	register unsigned long r7 asm("r7") = 0;

	asm volatile("sc 1"
		     : "+r" (r3), "+r" (r4), "+r" (r5), "+r" (r6), "+r" (r7)
		     :
		     : "r0", "r8", "r9", "r10", "r11", "r12", "ctr", "xer",
		       "cr0", "cr1", "cr5", "cr6", "cr7", "memory");
	return r3;
}

/* Linux's hvc_put_chars(): H_PUT_TERM_CHAR, one character at a time here. */
static void hvterm_putc(char c)
{
	hcall3(H_PUT_TERM_CHAR, VTERM_NO, 1, (unsigned long)(unsigned char)c << 56);
}

void early_console_write(const char *s, size_t n)
{
	while (n--) {
		if (*s == '\n')
			hvterm_putc('\r');
		hvterm_putc(*s++);
	}
}

/* Everything (vectors, MMU) was set up by head_64.S before any C ran. */
void setup_arch(void)
{
}

/* Linux 3.8 rtas.c rtas_call(): token, nargs, nret, args, rets (32-bit). */
static void __noreturn rtas_call_noreturn(unsigned int token, unsigned int nargs)
{
	static unsigned int args[8];

	args[0] = token;
	args[1] = nargs;
	args[2] = 1;
	args[3] = 0;
	args[4] = 0;
	hcall3(KVMPPC_H_RTAS, (unsigned long)args, 0, 0);
	for (;;)
		;
}

/* The clean end of a boot: RTAS power-off, QEMU exits with status 0. */
void machine_power_off(void)
{
	rtas_call_noreturn(RTAS_POWER_OFF, 2);
}

/* panic()'s end: ibm,os-term, QEMU (-action panic=exit-failure) exits 1. */
void machine_halt(void)
{
	rtas_call_noreturn(RTAS_IBM_OS_TERM, 1);
}
