// SPDX-License-Identifier: GPL-2.0
/*
 * Synchronous exceptions other than svc (entry.S).  From EL0 they are the
 * process's fault: SIGSEGV for an abort (no demand paging here, so no abort
 * is ever fixed up), SIGILL for anything else.  From EL1 they are a bug:
 * panic.
 */
#include <linux/sched.h>
#include <asm/esr.h>
#include <asm/signal.h>

void do_undefinstr(struct pt_regs *regs, unsigned long esr);
void do_mem_abort(unsigned long addr, unsigned long esr, struct pt_regs *regs);
void el1_sync_fault(struct pt_regs *regs, unsigned long esr, unsigned long far);
void bad_mode(int slot, unsigned long esr);

static void __noreturn user_fault(const char *what, struct pt_regs *regs,
				  unsigned long addr, unsigned long esr,
				  int sig)
{
	printk("%s[%d]: %s at pc %016lx, address %016lx (esr %08lx)\n",
	       current->comm, current->pid, what, (unsigned long)regs->pc,
	       addr, esr);
	force_fatal_sig(sig);
}

/* EC 0 (undefined instruction) and every class entry.S does not route. */
void do_undefinstr(struct pt_regs *regs, unsigned long esr)
{
	user_fault("undefined instruction", regs, regs->pc, esr, SIGILL);
}

/* An instruction or data abort from EL0: @addr is FAR_EL1. */
void do_mem_abort(unsigned long addr, unsigned long esr, struct pt_regs *regs)
{
	user_fault("abort", regs, addr, esr, SIGSEGV);
}

void el1_sync_fault(struct pt_regs *regs, unsigned long esr, unsigned long far)
{
	panic("Oops: exception class %#lx in kernel at pc %016lx, "
	      "address %016lx (esr %08lx)", esr >> ESR_EL1_EC_SHIFT,
	      (unsigned long)regs->pc,
	      far, esr);
}

void bad_mode(int slot, unsigned long esr)
{
	panic("unexpected exception: vector slot %d (esr %08lx)", slot, esr);
}
