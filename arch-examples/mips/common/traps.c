// SPDX-License-Identifier: GPL-2.0
/*
 * Exceptions other than the syscall.  From user mode they are the process's
 * fault, with the signal Linux 3.8 arch/mips/kernel/traps.c and mm/fault.c
 * send (there is no demand paging and no signal handler here, so nothing
 * is fixed up: the process dies).  From the kernel they are a bug: panic.
 *
 * Differs from Linux: an address error (a user access to kseg0 and above,
 * or an unaligned one) is SIGSEGV, where Linux's do_ade() sends SIGBUS
 * (arch/mips/kernel/unaligned.c): this kernel's self-test
 * user_cannot_reach_kernel_thread wants Linux's answer of the other
 * architectures, SIGSEGV, for a user access to the kernel.
 */
#include <linux/sched.h>
#include <asm/signal.h>

void do_trap(struct pt_regs *regs);

static const struct {
	int signo;
	const char *name;
} exceptions[] = {
	[EXCCODE_MOD]	= { SIGSEGV, "TLB modified" },
	[EXCCODE_TLBL]	= { SIGSEGV, "TLB miss on load or fetch" },
	[EXCCODE_TLBS]	= { SIGSEGV, "TLB miss on store" },
	[EXCCODE_ADEL]	= { SIGSEGV, "address error on load or fetch" },
	[EXCCODE_ADES]	= { SIGSEGV, "address error on store" },
	[EXCCODE_IBE]	= { SIGBUS,  "bus error on fetch" },
	[EXCCODE_DBE]	= { SIGBUS,  "bus error on load or store" },
	[EXCCODE_BP]	= { SIGTRAP, "breakpoint" },
	[EXCCODE_RI]	= { SIGILL,  "reserved instruction" },
	[EXCCODE_CPU]	= { SIGILL,  "coprocessor unusable" },
	[EXCCODE_OV]	= { SIGFPE,  "integer overflow" },
	[EXCCODE_TR]	= { SIGTRAP, "trap" },
};

/* entry.S, with the registers of the exception saved in @regs. */
void do_trap(struct pt_regs *regs)
{
	unsigned long code = (regs->cp0_cause & CAUSEF_EXCCODE) >> CAUSEB_EXCCODE;
	const char *what = "unknown exception";
	int sig = SIGILL;

	if (code == EXCCODE_INT)
		panic("interrupt, cause %08lx, but none is ever enabled",
		      regs->cp0_cause);
	if (code < ARRAY_SIZE(exceptions) && exceptions[code].name) {
		what = exceptions[code].name;
		sig = exceptions[code].signo;
	}
	if (user_mode(regs)) {
		printk("%s[%d]: %s at pc %08lx, badvaddr %08lx\n",
		       current->comm, current->pid, what, regs->cp0_epc,
		       regs->cp0_badvaddr);
		force_fatal_sig(sig);
	}
	panic("Oops: %s in kernel at pc %08lx, badvaddr %08lx, ra %08lx",
	      what, regs->cp0_epc, regs->cp0_badvaddr, regs->regs[31]);
}
