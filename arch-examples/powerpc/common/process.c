// SPDX-License-Identifier: GPL-2.0
/* powerpc process code both flows share (Linux 3.6-3.8 arch/powerpc/kernel/process.c). */
#include <linux/sched.h>
#include <linux/string.h>
#include <linux/uaccess.h>

/*
 * Linux 3.8 arch/powerpc/kernel/process.c start_thread(): a new user
 * image at @start on stack @sp.  Every GPR, ctr, link, xer and ccr start
 * at zero; trap loses bit 0 (the register set is full, for FULL_REGS()).
 * On ppc64 (ELFv1) @start is the address of _start's function descriptor
 * in the image: its first word is the entry, its second the TOC for r2.
 * Linux also clears the FPU, AltiVec and VSX state; here there is none.
 */
void start_thread(struct pt_regs *regs, unsigned long start, unsigned long sp)
{
	memset(regs->gpr, 0, sizeof(regs->gpr));
	regs->ctr = 0;
	regs->link = 0;
	regs->xer = 0;
	regs->ccr = 0;
	regs->gpr[1] = sp;
	regs->trap &= ~1UL;
#ifdef CONFIG_PPC64
	{
		unsigned long entry = 0, toc = 0;

		/* The image was just loaded: a bad e_entry is a bad image. */
		if (copy_from_user(&entry, (unsigned long __user *)start, 8) ||
		    copy_from_user(&toc, (unsigned long __user *)start + 1, 8))
			entry = 0;
		regs->nip = entry;
		regs->gpr[2] = toc;
		regs->msr = MSR_USER;
	}
#else
	regs->mq = 0;
	regs->nip = start;
	regs->msr = MSR_USER;
#endif
}
