// SPDX-License-Identifier: GPL-2.0
/*
 * i386, old flow (Linux 3.6 arch/x86/kernel/sys_i386_32.c): exec from a
 * kernel thread is a system call made from kernel mode.
 */
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>

/*
 * Linux 3.6 arch/x86/kernel/sys_i386_32.c kernel_execve().
 * int $0x80 builds pt_regs on this very stack -- no privilege change, so
 * no stack switch and no ss:sp in the frame -- and sys_execve() gets them
 * through ptregs_execve.  On success start_thread() has turned that frame
 * into a user one, writing sp and ss in the two words above it (our
 * caller's frame, never returned to), and the iret of syscall_exit enters
 * the new image.  On failure iret comes back here with -errno.
 */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[])
{
	long res;

	asm volatile("int $0x80"
		     : "=a" (res)
		     : "0" (__NR_execve), "b" (filename), "c" (argv),
		       "d" (envp)
		     : "memory");
	return res;
}
