// SPDX-License-Identifier: GPL-2.0
/*
 * m68k, old flow: execve (Linux 3.6 arch/m68k/kernel/process.c sys_execve,
 * sys_m68k.c kernel_execve).
 *
 * Its sys_*() repeat those of the other old flows (arm/old/sys_arm.c,
 * arm64/old/sys.c, x86/old/process.c) nearly line for line, on
 * purpose: before 3.7 every architecture carried its own copy, and those
 * copies are what the conversion deleted.  The new flow has none of them.
 */
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <asm/syscalls.h>

/*
 * Linux 3.6 arch/m68k/kernel/process.c sys_execve().
 * The black magic of finding pt_regs: system_call calls us with sp at
 * pt_regs, whose first fields d1, d2, d3 are our three arguments.  So the
 * address of the first argument IS the pt_regs -- wherever the trap put
 * them, top of the stack or (from kernel_execve()) the middle.
 *
 * Differs from Linux: the name is copied into a PATH_MAX buffer on the
 * stack, where Linux's getname() allocates one and putname() frees it
 * (this kernel has no allocator for it).
 *
 */
long sys_execve(const char __user *name,
		const char __user *const __user *argv,
		const char __user *const __user *envp)
{
	struct pt_regs *regs = (struct pt_regs *)&name;
	char filename[PATH_MAX];
	long error = getname(filename, name);

	if (error)
		return error;
	return do_execve(filename, argv, envp, regs);
}

/*
 * Linux 3.6 arch/m68k/kernel/sys_m68k.c kernel_execve().
 * exec from a kernel thread: the execve system call from kernel mode.
 * The trap frame lands on this stack, below our caller's frames; on
 * success do_execve() turns it into the new image's user registers and
 * the trap "returns" to user mode from right there.  Nothing is copied,
 * but the task keeps running in user mode with its kernel stack pointer
 * in the middle of its stack: the next trap saves its pt_regs there too,
 * which is why task_pt_regs() is thread.esp0, not a fixed slot.  Returns
 * only on failure, with -errno.
 *
 * Differs from Linux: the asm clobbers "memory" (the kernel reads the
 * strings and arrays it is given), which Linux's leaves out.
 *
 */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[])
{
	register long res asm("d0") = __NR_execve;
	register const char *a asm("d1") = filename;
	register const char *const *b asm("d2") = argv;
	register const char *const *c asm("d3") = envp;

	asm volatile("trap #0" : "+d" (res) : "d" (a), "d" (b), "d" (c)
		     : "memory");
	return res;
}
