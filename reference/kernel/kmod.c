// SPDX-License-Identifier: GPL-2.0
/*
 * call_usermodehelper(): run a user program from a kernel thread.
 *
 * Linux 3.x hands the request to the khelper workqueue; this kernel has no
 * workqueues, so the calling kernel thread forks the helper itself.  The
 * helper is a kernel thread that execs: on success (new flow) its function
 * returns 0 into ret_from_kernel_thread, which leaves for user mode.
 */
#include <linux/sched.h>
#include <linux/kmod.h>
#include <linux/binfmts.h>
#include <linux/errno.h>

struct subprocess_info {
	const char *path;
	const char **argv, **envp;
	int retval;		/* the exec's error, if it failed */
};

static int ____call_usermodehelper(void *data)
{
	struct subprocess_info *sub_info = data;

	sub_info->retval = kernel_execve(sub_info->path, sub_info->argv,
					 sub_info->envp);
	if (!sub_info->retval)
		return 0;
	do_exit(0);
}

/*
 * Run @path with @argv and @envp and wait for it (only UMH_WAIT_PROC).
 * Caller must be a kernel thread.  Returns the program's wait status, or a
 * negative errno if it could not be started.
 */
int call_usermodehelper(const char *path, const char **argv,
			const char **envp, int wait)
{
	struct subprocess_info sub_info = {
		.path = path, .argv = argv, .envp = envp,
	};
	int status;
	pid_t pid;

	if (wait != UMH_WAIT_PROC)
		return -EINVAL;
	pid = kernel_thread(____call_usermodehelper, &sub_info, SIGCHLD);
	if (pid < 0)
		return pid;
	if (do_wait(pid, &status, 0) < 0)
		return -ECHILD;
	return sub_info.retval ? sub_info.retval : status;
}
