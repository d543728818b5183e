// SPDX-License-Identifier: GPL-2.0
/*
 * x86, old flow (Linux 3.6 arch/x86/kernel/process.c, shared by i386 and
 * x86_64): kernel threads are made by faking the pt_regs of a trap from
 * kernel mode, and the fork and exec system calls take the pt_regs their
 * asm stubs found.
 *
 * Its sys_*() repeat those of the other old flows (arm/old/sys_arm.c,
 * arm64/old/sys.c, m68k/old/sys_m68k.c) nearly line for line, on
 * purpose: before 3.7 every architecture carried its own copy, and those
 * copies are what the conversion deleted.  The new flow has none of them.
 */
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <linux/string.h>
#include <asm/syscalls.h>

/* Linux 3.6 arch/x86/kernel/process.c sys_fork(). */
long sys_fork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, regs->sp, regs, 0, NULL, NULL);
}

/*
 * Linux 3.6 arch/x86/kernel/process.c sys_vfork().
 * As Linux's comment says, vfork() cannot be done with clone() from user
 * mode for want of registers: the kernel does it.
 */
long sys_vfork(struct pt_regs *regs)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs->sp, regs, 0,
		       NULL, NULL);
}

/*
 * Linux 3.6 arch/x86/kernel/process.c sys_clone().
 * Both targets' stubs pass (flags, newsp, ptid, ctid): i386's ptregs_clone
 * skips the tls argument (esi), x86_64's stub_clone overwrites it (r8)
 * with regs.  copy_thread() would read tls from regs for CLONE_SETTLS.
 */
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       void __user *parent_tid, void __user *child_tid,
	       struct pt_regs *regs)
{
	if (!newsp)
		newsp = regs->sp;
	return do_fork(clone_flags, newsp, regs, 0, parent_tid, child_tid);
}

void kernel_thread_helper(void);

/*
 * Linux 3.6 arch/x86/kernel/process.c kernel_thread().
 * Make a kernel thread by pretending a trap from kernel mode saved these
 * registers: the child's way back "returns" to kernel_thread_helper in
 * kernel mode, which calls fn(arg) from si and di and do_exit()s with its
 * result.
 *
 * Differs from Linux: flags are X86_EFLAGS_BIT1 alone, where Linux adds
 * X86_EFLAGS_IF (this kernel never takes interrupts), and cs is
 * __KERNEL_CS without "| get_kernel_rpl()" (0 unless paravirtualized).
 * i386's fs = __KERNEL_PERCPU and gs = __KERNEL_STACK_CANARY are left
 * out: no per-cpu data, no stack canary.
 *
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	struct pt_regs regs;

	memset(&regs, 0, sizeof(regs));
	regs.si = (unsigned long)fn;
	regs.di = (unsigned long)arg;
#ifdef CONFIG_X86_32
	regs.ds = __USER_DS;
	regs.es = __USER_DS;
#else
	regs.ss = __KERNEL_DS;
#endif
	regs.orig_ax = -1;
	regs.ip = (unsigned long)kernel_thread_helper;
	regs.cs = __KERNEL_CS;
	regs.flags = X86_EFLAGS_BIT1;

	return do_fork(flags | CLONE_VM | CLONE_UNTRACED, 0, &regs, 0, NULL,
		       NULL);
}

/*
 * Linux 3.6 arch/x86/kernel/process.c sys_execve().
 *
 * Differs from Linux: the name is copied into a PATH_MAX buffer on the
 * stack, where Linux's getname() allocates one from names_cache and
 * putname() frees it (this kernel has no allocator for it); and i386
 * sets no TIF_IRET after a successful exec: it has no sysenter path.
 *
 */
long sys_execve(const char __user *name,
		const char __user *const __user *argv,
		const char __user *const __user *envp, struct pt_regs *regs)
{
	char filename[PATH_MAX];
	long error = getname(filename, name);

	if (error)
		return error;
	return do_execve(filename, argv, envp, regs);
}
