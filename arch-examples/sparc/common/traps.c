// SPDX-License-Identifier: GPL-2.0
/*
 * Traps at TL 0 other than the syscall and the window traps.  From user
 * mode they are the process's fault, with the signal Linux 3.8's
 * arch/sparc/kernel/traps_64.c and mm/fault_64.c send; there is no demand
 * paging and no signal handler here, so nothing is fixed up: the process
 * dies.  From the kernel they are a bug: panic.
 */
#include <linux/sched.h>
#include <asm/signal.h>

void sparc64_trap(struct pt_regs *regs);
void sparc64_bad_trap_tl1(unsigned long tt, unsigned long tpc, unsigned long tl);

/* The trap types (Linux 3.8 arch/sparc/include/asm/ttable.h, V9 names). */
static const char *trap_name(unsigned int tt, int *sig)
{
	*sig = SIGSEGV;
	switch (tt) {
	case 0x008: return "instruction access exception";
	case 0x030: return "data access exception";
	case 0x064: return "instruction access MMU miss";
	case 0x068: return "data access MMU miss";
	case 0x06c: return "data access protection";
	case 0x034: *sig = SIGBUS; return "memory address not aligned";
	case 0x010: *sig = SIGILL; return "illegal instruction";
	case 0x011: *sig = SIGILL; return "privileged opcode";
	case 0x020: *sig = SIGILL; return "fp disabled";
	}
	/* Linux 3.8 traps_64.c bad_trap(): a software trap Linux does not
	 * serve, or any other trap type, is SIGILL for a user. */
	*sig = SIGILL;
	return tt >= 0x100 ? "software trap" : "bad trap";
}

/*
 * head.S's TRAP(): Linux has one handler per trap type (do_illegal_instruction,
 * spitfire_data_access_exception, do_sparc64_fault, bad_trap, ...); here
 * one function looks the type up in pt_regs->magic, where etrap put it.
 */
void sparc64_trap(struct pt_regs *regs)
{
	unsigned int tt = regs->magic & 0x1ff;
	int sig;
	const char *what = trap_name(tt, &sig);

	if (!(regs->tstate & TSTATE_PRIV)) {
		printk("%s[%d]: %s (trap 0x%x) at %016lx\n", current->comm,
		       current->pid, what, tt, regs->tpc);
		force_fatal_sig(sig);
	}
	panic("Oops: %s (trap 0x%x) in kernel at %016lx, o7 %016lx",
	      what, tt, regs->tpc, regs->u_regs[UREG_I7]);
}

/* entry.S bad_trap_tl1: a fault inside a window spill or fill. */
void sparc64_bad_trap_tl1(unsigned long tt, unsigned long tpc, unsigned long tl)
{
	panic("Oops: trap 0x%lx at TL %lu, pc %016lx (a window spill or fill)",
	      tt, tl, tpc);
}
