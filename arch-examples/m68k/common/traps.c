// SPDX-License-Identifier: GPL-2.0
/*
 * Exceptions other than the system call.  From user mode they are the
 * process's fault and kill it with Linux's signal for the vector; from the
 * kernel they are a bug: panic.  Interrupts are never unmasked, so an
 * interrupt vector is a bug too.
 */
#include <linux/sched.h>
#include <asm/signal.h>

/* Vector numbers (Linux's asm/traps.h). */
#define VEC_BUSERR	2	/* access error: MMU fault, bus error */
#define VEC_ADDRERR	3
#define VEC_ILLEGAL	4
#define VEC_ZERODIV	5

/*
 * What a 68040 access error (format 7) pushes above the common part of the
 * exception frame, that is, right above struct pt_regs.
 */
struct frame_fmt7 {
	unsigned long effaddr;	/* effective address */
	unsigned short ssw;	/* special status word */
	unsigned short wb3s, wb2s, wb1s;
	unsigned long faddr;	/* fault address */
};

void buserr_c(struct pt_regs *regs);
void trap_c(struct pt_regs *regs);

static void __noreturn die(const char *what, struct pt_regs *regs,
			   unsigned long addr, int sig)
{
	if (user_mode(regs)) {
		printk("%s[%d]: %s at pc %08lx, address %08lx\n",
		       current->comm, current->pid, what, regs->pc, addr);
		force_fatal_sig(sig);
	}
	panic("Oops: %s in kernel at pc %08lx, address %08lx (vector %d)",
	      what, regs->pc, addr, regs->vector >> 2);
}

/* An access error: here only the MMU (common/mmu.c) raises them. */
void buserr_c(struct pt_regs *regs)
{
	const struct frame_fmt7 *f = (const struct frame_fmt7 *)(regs + 1);

	die("access error", regs, f->faddr, SIGSEGV);
}

/* Every other vector; the frame's vector offset is the vector times 4. */
void trap_c(struct pt_regs *regs)
{
	switch (regs->vector >> 2) {
	case VEC_ADDRERR:
		die("address error", regs, regs->pc, SIGBUS);
	case VEC_ZERODIV:
		die("division by zero", regs, regs->pc, SIGFPE);
	case VEC_ILLEGAL:
		die("illegal instruction", regs, regs->pc, SIGILL);
	default:
		/* Line A/F, privilege violation, trap #1-15, ...: Linux
		 * has finer codes, SIGILL for most; SIGILL for all here. */
		die("exception", regs, regs->pc, SIGILL);
	}
}
