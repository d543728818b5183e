// SPDX-License-Identifier: GPL-2.0
/*
 * Program checks.  From problem state they are the process's fault, with
 * the signal Linux 3.8's arch/s390/kernel/traps.c (pgm_check_table) and
 * fault.c send; there is no demand paging and no signal handler here, so
 * nothing is fixed up: the process dies.  From the kernel they are a bug:
 * panic.
 */
#include <linux/sched.h>
#include <asm/signal.h>

void do_program_check(struct pt_regs *regs);

static const struct {
	int signo;
	const char *name;
} pgm_checks[] = {
	[0x01] = { SIGILL,  "operation exception" },
	[0x02] = { SIGILL,  "privileged operation" },
	[0x03] = { SIGILL,  "execute exception" },
	[0x04] = { SIGSEGV, "protection exception" },
	[0x05] = { SIGILL,  "addressing exception" },
	[0x06] = { SIGILL,  "specification exception" },
	[0x07] = { SIGILL,  "data exception" },
	[0x09] = { SIGFPE,  "fixpoint divide exception" },
	[0x10] = { SIGSEGV, "segment translation exception" },
	[0x11] = { SIGSEGV, "page translation exception" },
	[0x38] = { SIGSEGV, "ASCE-type exception" },
};

/*
 * entry.S, with the registers of the program check saved in @regs.
 * Linux 3.8's pgm_check_handler calls pgm_check_table[code] itself, one C
 * handler per code (traps.c, fault.c do_dat_exception()); here one
 * function looks the code up.
 */
void do_program_check(struct pt_regs *regs)
{
	unsigned int code = regs->int_code & 0x7f;	/* less PER, TX bits */
	const char *what = "program check";
	unsigned long addr = 0;
	int sig = SIGILL;

	if (code < ARRAY_SIZE(pgm_checks) && pgm_checks[code].name) {
		what = pgm_checks[code].name;
		sig = pgm_checks[code].signo;
	}
	/* The failing page, as Linux's fault.c takes it (__FAIL_ADDR_MASK);
	 * the lowcore has it only after a protection or DAT exception. */
	if (sig == SIGSEGV)
		addr = regs->int_parm_long & ~0xfffUL;
	if (user_mode(regs)) {
		printk("%s[%d]: %s at %016lx, address %016lx\n",
		       current->comm, current->pid, what, regs->psw.addr, addr);
		force_fatal_sig(sig);
	}
	panic("Oops: %s (code 0x%x) in kernel at %016lx, address %016lx, r14 %016lx",
	      what, code, regs->psw.addr, addr, regs->gprs[14]);
}
