// SPDX-License-Identifier: GPL-2.0
/*
 * Faults.  From user mode they are the process's fault, with the signal
 * Linux 3.8's arch/powerpc/kernel/traps.c and mm/fault.c send; there is
 * no demand paging and no signal handler here, so nothing is fixed up:
 * the process dies.  From the kernel they are a bug: panic.
 */
#include <linux/sched.h>
#include <asm/signal.h>

void do_page_fault(struct pt_regs *regs);
void alignment_exception(struct pt_regs *regs);
void program_check_exception(struct pt_regs *regs);
void unknown_exception(struct pt_regs *regs);

/*
 * Linux 3.8 traps.c: where a program check says why.  Book E keeps the
 * reason in ESR (saved as dsisr); Book III-S in SRR1 (saved as msr).
 */
#ifdef CONFIG_PPC64
#define get_reason(regs)	((regs)->msr)
#define REASON_ILLEGAL		0x80000
#define REASON_PRIVILEGED	0x40000
#define REASON_TRAP		0x20000
#else
#define get_reason(regs)	((regs)->dsisr)
#define REASON_ILLEGAL		ESR_PIL
#define REASON_PRIVILEGED	ESR_PPR
#define REASON_TRAP		ESR_PTR
#endif

static void __noreturn die_or_kill(struct pt_regs *regs, int sig,
				   const char *what)
{
	if (user_mode(regs)) {
		printk("%s[%d]: %s at %08lx, address %08lx\n",
		       current->comm, current->pid, what, regs->nip, regs->dar);
		force_fatal_sig(sig);
	}
	panic("Oops: %s (trap 0x%lx) in kernel at %08lx, address %08lx, lr %08lx",
	      what, regs->trap, regs->nip, regs->dar, regs->link);
}

/*
 * Linux 3.8 mm/fault.c do_page_fault(): a data or instruction storage
 * interrupt or a TLB miss.  Every page this kernel has is mapped from
 * the start, so any fault is an access the task may not make: SIGSEGV
 * (Linux's bad_area_nosemaphore).  The instruction side has no separate
 * address register: the address is the nip.
 */
void do_page_fault(struct pt_regs *regs)
{
	if (regs->trap == 0x400)
		regs->dar = regs->nip;
	die_or_kill(regs, SIGSEGV, "page fault");
}

/* Linux 3.8 traps.c alignment_exception(): SIGBUS when not fixed up. */
void alignment_exception(struct pt_regs *regs)
{
	die_or_kill(regs, SIGBUS, "alignment exception");
}

/*
 * Linux 3.8 traps.c program_check_exception(): a trap instruction is a
 * breakpoint (SIGTRAP); an illegal or privileged instruction is SIGILL,
 * and so is an FP, AltiVec or SPE instruction, whose unit this kernel
 * keeps off (Linux would enable it, or emulate it).
 */
void program_check_exception(struct pt_regs *regs)
{
	unsigned long reason = get_reason(regs);

	if (regs->trap == 0x700 && (reason & REASON_TRAP))
		die_or_kill(regs, SIGTRAP, "trap");
	if (regs->trap == 0x700 && (reason & REASON_PRIVILEGED))
		die_or_kill(regs, SIGILL, "privileged instruction");
	die_or_kill(regs, SIGILL, "illegal instruction");
}

/* Linux 3.8 traps.c unknown_exception(): nothing enables these. */
void unknown_exception(struct pt_regs *regs)
{
	die_or_kill(regs, SIGTRAP, "unexpected interrupt");
}
