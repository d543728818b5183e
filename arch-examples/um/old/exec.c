// SPDX-License-Identifier: GPL-2.0
/*
 * um, old flow (Linux 3.6 arch/um/kernel/exec.c and syscall.c): execve
 * from a system call and from a kernel thread.  A kernel thread's exec
 * cannot simply return to user mode, for it has no trap frame to return
 * through: it longjmps back to new_thread_handler(), which goes to
 * userspace() with the registers start_thread() set.
 */
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <asm/syscalls.h>

/*
 * Linux 3.6 arch/um/kernel/exec.c um_execve().
 * Exec on current->thread.regs; on success leave the kernel thread
 * through its exec_buf (run_kernel_thread() returns 1).
 */
static long um_execve(const char *file,
		      const char __user *const __user *argv,
		      const char __user *const __user *env)
{
	long err;

	err = do_execve(file, argv, env, &current->thread.regs);
	if (!err)
		um_longjmp(current->thread.exec_buf, 1);
	return err;
}

/*
 * Linux 3.6 arch/um/kernel/syscall.c kernel_execve().
 * With KERNEL_DS, so that the kernel's own strings pass copy_from_user();
 * returns only on failure.
 */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[])
{
	unsigned long fs = current->addr_limit;
	int ret;

	current->addr_limit = KERNEL_DS;
	ret = um_execve(filename, (const char __user *const __user *)argv,
			(const char __user *const __user *)envp);
	current->addr_limit = fs;

	return ret;
}

/*
 * Linux 3.6 arch/um/kernel/exec.c sys_execve().
 * The system call: the new image's registers go to thread.regs, which
 * userspace() loads into the host child when handle_syscall() returns.
 *
 * Differs from Linux: getname() copies into a buffer on the stack (the
 * reference core's), where Linux's allocates one and putname()s it.
 */
long sys_execve(const char __user *file,
		const char __user *const __user *argv,
		const char __user *const __user *env)
{
	char filename[PATH_MAX];
	long error;

	error = getname(filename, file);
	if (error)
		return error;
	return do_execve(filename, argv, env, &current->thread.regs);
}
