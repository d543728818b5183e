// SPDX-License-Identifier: GPL-2.0
/*
 * Exceptions other than the syscall.  From user mode they are the
 * process's fault, with the signal Linux's arch/riscv/kernel/traps.c sends
 * (there is no demand paging and no signal handler here, so nothing is
 * fixed up: the process dies).  From the kernel they are a bug: panic.
 */
#include <linux/sched.h>
#include <asm/signal.h>

void do_trap(struct pt_regs *regs);

static const struct {
	int signo;
	const char *name;
} exceptions[] = {
	[EXC_INST_MISALIGNED]	 = { SIGBUS,  "instruction address misaligned" },
	[EXC_INST_ACCESS]	 = { SIGSEGV, "instruction access fault" },
	[EXC_INST_ILLEGAL]	 = { SIGILL,  "illegal instruction" },
	[EXC_BREAKPOINT]	 = { SIGTRAP, "breakpoint" },
	[EXC_LOAD_MISALIGNED]	 = { SIGBUS,  "load address misaligned" },
	[EXC_LOAD_ACCESS]	 = { SIGSEGV, "load access fault" },
	[EXC_STORE_MISALIGNED]	 = { SIGBUS,  "store address misaligned" },
	[EXC_STORE_ACCESS]	 = { SIGSEGV, "store access fault" },
	[EXC_SUPERVISOR_SYSCALL] = { SIGILL,  "environment call from S-mode" },
	[EXC_MACHINE_SYSCALL]	 = { SIGILL,  "environment call from M-mode" },
};

/* entry.S, with the registers of the trap saved in @regs. */
void do_trap(struct pt_regs *regs)
{
	unsigned long cause = regs->cause;
	const char *what = "unknown exception";
	int sig = SIGILL;

	if (cause & CAUSE_IRQ_FLAG)
		panic("interrupt %lu, but none is ever enabled",
		      cause & ~CAUSE_IRQ_FLAG);
	if (cause < ARRAY_SIZE(exceptions) && exceptions[cause].name) {
		what = exceptions[cause].name;
		sig = exceptions[cause].signo;
	}
	if (user_mode(regs)) {
		printk("%s[%d]: %s at pc %016lx, badaddr %016lx\n",
		       current->comm, current->pid, what, regs->epc,
		       regs->badaddr);
		force_fatal_sig(sig);
	}
	panic("Oops: %s in kernel at pc %016lx, badaddr %016lx, ra %016lx",
	      what, regs->epc, regs->badaddr, regs->ra);
}
