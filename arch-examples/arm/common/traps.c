// SPDX-License-Identifier: GPL-2.0
/*
 * Faults.  From user mode they are the process's fault: SIGILL for an
 * undefined instruction, SIGSEGV for an abort (no demand paging here, so no
 * abort is ever fixed up).  From the kernel they are a bug: panic.
 */
#include <linux/sched.h>
#include <asm/signal.h>

void do_undefinstr(struct pt_regs *regs);
void do_PrefetchAbort(struct pt_regs *regs);
void do_DataAbort(struct pt_regs *regs);

static void __noreturn die(const char *what, struct pt_regs *regs,
			   unsigned long addr, unsigned long fsr, int sig)
{
	if (user_mode(regs)) {
		printk("%s[%d]: %s at pc %08lx, address %08lx (fsr %03lx)\n",
		       current->comm, current->pid, what, regs->ARM_pc, addr,
		       fsr);
		force_fatal_sig(sig);
	}
	panic("Oops: %s in kernel at pc %08lx, address %08lx (fsr %03lx)",
	      what, regs->ARM_pc, addr, fsr);
}

void do_undefinstr(struct pt_regs *regs)
{
	die("undefined instruction", regs, regs->ARM_pc, 0, SIGILL);
}

void do_PrefetchAbort(struct pt_regs *regs)
{
	unsigned long ifar, ifsr;

	asm("mrc p15, 0, %0, c6, c0, 2" : "=r" (ifar));
	asm("mrc p15, 0, %0, c5, c0, 1" : "=r" (ifsr));
	die("prefetch abort", regs, ifar, ifsr, SIGSEGV);
}

void do_DataAbort(struct pt_regs *regs)
{
	unsigned long dfar, dfsr;

	asm("mrc p15, 0, %0, c6, c0, 0" : "=r" (dfar));
	asm("mrc p15, 0, %0, c5, c0, 0" : "=r" (dfsr));
	die("data abort", regs, dfar, dfsr, SIGSEGV);
}
