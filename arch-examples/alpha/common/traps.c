// SPDX-License-Identifier: GPL-2.0
/*
 * Traps and faults.  From user mode they are the process's fault, with
 * the signal Linux 3.8's arch/alpha/kernel/traps.c and mm/fault.c send;
 * there is no demand paging and no signal handler here, so nothing is
 * fixed up: the process dies.  From the kernel they are a bug: panic.
 */
#include <linux/sched.h>
#include <asm/signal.h>

void do_entInt(unsigned long type, unsigned long vector, unsigned long la,
	       struct pt_regs *regs);
void do_entArith(unsigned long summary, unsigned long write_mask,
		 unsigned long a2, struct pt_regs *regs);
void do_page_fault(unsigned long address, unsigned long mmcsr,
		   long cause, struct pt_regs *regs);
void do_entIF(unsigned long type, unsigned long a1, unsigned long a2,
	      struct pt_regs *regs);
void do_entUna(unsigned long va, unsigned long opcode, unsigned long reg,
	       struct pt_regs *regs);

/*
 * Linux 3.8 traps.c die_if_kernel() and the force_sig() calls after it:
 * a kernel fault is fatal, a user fault kills the process.
 */
static void __noreturn die(const char *what, int sig, unsigned long addr,
			   struct pt_regs *regs)
{
	if (user_mode(regs)) {
		printk("%s[%d]: %s at pc %016lx, address %016lx\n",
		       current->comm, current->pid, what, regs->pc, addr);
		force_fatal_sig(sig);
	}
	panic("Oops: %s in kernel at pc %016lx, address %016lx, ra %016lx",
	      what, regs->pc, addr, regs->r26);
}

/* Linux 3.8 arch/alpha/kernel/irq_alpha.c do_entInt(): none is enabled. */
void do_entInt(unsigned long type, unsigned long vector, unsigned long la,
	       struct pt_regs *regs)
{
	panic("interrupt type %lu vector %lx, but none is ever enabled",
	      type, vector);
}

/* Linux 3.8 traps.c do_entArith(): SIGFPE. */
void do_entArith(unsigned long summary, unsigned long write_mask,
		 unsigned long a2, struct pt_regs *regs)
{
	die("arithmetic trap", SIGFPE, summary, regs);
}

/*
 * Linux 3.8 arch/alpha/mm/fault.c do_page_fault(): mmcsr 0 is a
 * translation not valid, 1 an access violation; either way no vma here,
 * so SIGSEGV.
 */
void do_page_fault(unsigned long address, unsigned long mmcsr,
		   long cause, struct pt_regs *regs)
{
	die(mmcsr ? "access violation" : "translation not valid", SIGSEGV,
	    address, regs);
}

/*
 * Linux 3.8 traps.c do_entIF(): 0 bpt, 1 bugchk, 2 gentrap, 3 fen,
 * 4 opdec.  A breakpoint is SIGTRAP; an opcode the CPU does not decode
 * (or a privileged call_pal from user mode) SIGILL.
 */
void do_entIF(unsigned long type, unsigned long a1, unsigned long a2,
	      struct pt_regs *regs)
{
	static const char *const names[] = {
		"breakpoint", "bugcheck", "gentrap", "fp disabled",
		"illegal instruction",
	};
	const char *what = type < ARRAY_SIZE(names) ? names[type] : "entIF";

	die(what, type == 0 ? SIGTRAP : SIGILL, regs->pc, regs);
}

/* Linux 3.8 traps.c do_entUna(): the kernel fixes up; here SIGBUS. */
void do_entUna(unsigned long va, unsigned long opcode, unsigned long reg,
	       struct pt_regs *regs)
{
	die("unaligned access", SIGBUS, va, regs);
}
