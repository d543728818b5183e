// SPDX-License-Identifier: GPL-2.0
/*
 * s390: what start_kernel() needs from the architecture: the new PSWs in
 * the lowcore, the user's address space, the console (the SCLP's ASCII
 * console) and the exits (disabled-wait PSWs).  No other port here has
 * any of these, so they live in arch code.
 */
#include <linux/init.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <asm/lowcore.h>
#include <asm/mmu.h>

void system_call(void);
void pgm_check_handler(void);

/*
 * QEMU ends on a disabled wait: at address 0xfff it is a shutdown (status
 * 0), at any other a guest panic (status 1 with -action panic=exit-failure).
 */
#define WAIT_POWER_OFF		0xfff
#define WAIT_HALT		0xdead
#define WAIT_UNEXPECTED		0xbad	/* an interruption never enabled */

/* Linux 3.8 arch/s390/include/asm/processor.h disabled_wait(). */
static void __noreturn disabled_wait(unsigned long addr)
{
	static psw_t psw;

	psw.mask = PSW_MASK_WAIT | PSW_MASK_EA | PSW_MASK_BA;
	psw.addr = addr;
	asm volatile("lpswe %0" : : "Q" (psw) : "memory");
	for (;;)
		;
}

/*
 * Linux 3.8 arch/s390/kernel/setup.c setup_lowcore(), the part this
 * kernel needs: every interruption enters through a new PSW in the
 * lowcore.  Only SVC and program checks are ever enabled; the others
 * (restart from the console, external, machine check, I/O) end the boot
 * as a failure.
 */
void setup_arch(void)
{
	psw_t unexpected = { PSW_MASK_WAIT | PSW_KERNEL_BITS, WAIT_UNEXPECTED };

	S390_lowcore.restart_psw = unexpected;
	S390_lowcore.external_new_psw = unexpected;
	S390_lowcore.mcck_new_psw = unexpected;
	S390_lowcore.io_new_psw = unexpected;
	S390_lowcore.svc_new_psw =
		(psw_t){ PSW_KERNEL_BITS, (unsigned long)system_call };
	S390_lowcore.program_new_psw =
		(psw_t){ PSW_KERNEL_BITS, (unsigned long)pgm_check_handler };
	paging_init();
}

/*
 * The SCLP's "write event data" command with one ASCII console event
 * (Linux drivers/s390/char/sclp.h, QEMU's sclpconsole).  The SCCB must
 * not cross a page, nor lie in the lowcore.
 */
#define SCLP_CMDW_WRITE_EVENT_DATA	0x00760005
#define EVTYP_VT220MSG			0x1a	/* the ASCII console */

struct sccb_header {
	u16 length;
	u8 function_code;
	u8 control_mask[3];
	u16 response_code;
} __attribute__((packed));

struct evbuf_header {
	u16 length;
	u8 type;
	u8 flags;
	u16 _reserved;
} __attribute__((packed));

static struct {
	struct sccb_header header;
	struct evbuf_header evbuf;
	char data[256];
} __attribute__((packed, aligned(4096))) sccb;

/* Linux 3.8 drivers/s390/char/sclp.c sclp_service_call(): cc 0 = done. */
static int sclp_service_call(unsigned int command, void *sccb)
{
	int cc;

	asm volatile(
	"	.insn	rre,0xb2200000,%1,%2\n"	/* servc %1,%2 */
	"	ipm	%0\n"
	"	srl	%0,28\n"
	: "=&d" (cc) : "d" (command), "a" (sccb) : "cc", "memory");
	return cc;
}

/*
 * printk's output, one SCCB at a time (Linux 3.8
 * drivers/s390/char/sclp_vt220.c, reduced to one polled write).  QEMU executes the command before
 * servc completes; the service-signal interruption it then raises stays
 * pending for good, as external interruptions are never enabled.
 */
void early_console_write(const char *s, size_t n)
{
	while (n) {
		size_t len = 0;

		while (n && len < sizeof(sccb.data) - 1) {
			if (*s == '\n')
				sccb.data[len++] = '\r';
			sccb.data[len++] = *s++;
			n--;
		}
		sccb.evbuf = (struct evbuf_header){
			.length = sizeof(sccb.evbuf) + len,
			.type = EVTYP_VT220MSG,
		};
		sccb.header = (struct sccb_header){
			.length = sizeof(sccb.header) + sccb.evbuf.length,
		};
		if (sclp_service_call(SCLP_CMDW_WRITE_EVENT_DATA, &sccb))
			disabled_wait(WAIT_HALT);
	}
}

/* The clean end of a boot: QEMU exits with status 0. */
void machine_power_off(void)
{
	disabled_wait(WAIT_POWER_OFF);
}

/* panic()'s end: QEMU exits with status 1, so a panic never passes. */
void machine_halt(void)
{
	disabled_wait(WAIT_HALT);
}
