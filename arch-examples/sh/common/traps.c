// SPDX-License-Identifier: GPL-2.0
/*
 * Exceptions other than the syscall.  From user mode they are the process's
 * fault, with the signal Linux 3.8 arch/sh/kernel/traps_32.c and
 * arch/sh/mm/fault_32.c send (there is no demand paging and no signal
 * handler here, so nothing is fixed up: the process dies).  From the
 * kernel they are a bug: panic.
 *
 * Differs from Linux: an address error (a user access to 0x80000000 and
 * above, or an unaligned one) is SIGSEGV, where Linux's
 * do_address_error() sends SIGBUS for an unaligned one: this kernel's
 * self-test user_cannot_reach_kernel_thread wants SIGSEGV for a user
 * access to the kernel, and nothing here tells the two apart.
 */
#include <linux/sched.h>
#include <asm/signal.h>
#include <asm/cpu.h>

void do_trap(struct pt_regs *regs, unsigned long expevt);

static const struct {
	unsigned long code;
	int signo;
	const char *name;
} exceptions[] = {
	{ EXPEVT_TLB_MISS_READ,	SIGSEGV, "TLB miss on load or fetch" },
	{ EXPEVT_TLB_MISS_WRITE, SIGSEGV, "TLB miss on store" },
	{ EXPEVT_INITIAL_WRITE,	SIGSEGV, "initial page write" },
	{ EXPEVT_TLB_PROT_READ,	SIGSEGV, "TLB protection on load or fetch" },
	{ EXPEVT_TLB_PROT_WRITE, SIGSEGV, "TLB protection on store" },
	{ EXPEVT_ADDR_ERR_READ,	SIGSEGV, "address error on load or fetch" },
	{ EXPEVT_ADDR_ERR_WRITE, SIGSEGV, "address error on store" },
	{ EXPEVT_FPU,		SIGFPE,  "FPU exception" },
	{ EXPEVT_ILLEGAL,	SIGILL,  "illegal instruction" },
	{ EXPEVT_SLOT_ILLEGAL,	SIGILL,  "illegal slot instruction" },
	{ EXPEVT_USER_BREAK,	SIGTRAP, "user break" },
	{ EXPEVT_FPU_DISABLED,	SIGILL,  "FPU disabled" },
	{ EXPEVT_SLOT_FPU_DISABLED, SIGILL, "FPU disabled in a slot" },
};

/*
 * entry.S, with the registers of the exception saved in @regs and its
 * EXPEVT code in @expevt; TEA holds the address of a memory fault.
 */
void do_trap(struct pt_regs *regs, unsigned long expevt)
{
	unsigned long tea = *(volatile unsigned long *)MMU_TEA;
	const char *what = "unknown exception";
	int sig = SIGILL;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(exceptions); i++) {
		if (exceptions[i].code == expevt) {
			what = exceptions[i].name;
			sig = exceptions[i].signo;
		}
	}
	if (user_mode(regs)) {
		printk("%s[%d]: %s at pc %08lx, tea %08lx\n",
		       current->comm, current->pid, what, regs->pc, tea);
		force_fatal_sig(sig);
	}
	panic("Oops: %s (expevt %03lx) in kernel at pc %08lx, tea %08lx, pr %08lx",
	      what, expevt, regs->pc, tea, regs->pr);
}
