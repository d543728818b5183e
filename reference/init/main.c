// SPDX-License-Identifier: GPL-2.0
/*
 * From head.S to the first user process, as in Linux 3.x init/main.c:
 *
 *   start_kernel()                       (pid 0, on init_thread_union)
 *     rest_init()
 *       kernel_thread(kernel_init)   ->  pid 1: self-tests, then exec /init
 *       kernel_thread(kthreadd)      ->  pid 2: makes kthreads on request
 *       cpu_idle()                       pid 0 becomes the idle task
 */
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/binfmts.h>
#include <linux/ramfs.h>
#include <linux/string.h>
#include <linux/selftest.h>
#include <linux/init.h>

const char *argv_init[] = { "/init", NULL, NULL };
const char *envp_init[] = { "HOME=/", "TERM=linux", NULL };

static struct completion kthreadd_done;

/*
 * Returns only if the exec failed.  On success the old flow's
 * kernel_execve() never returns; the new flow's returns 0, and so does
 * kernel_init(), into ret_from_kernel_thread and on to user mode.
 */
static int run_init_process(const char *init_filename)
{
	argv_init[0] = init_filename;
	return kernel_execve(init_filename, argv_init, envp_init);
}

/*
 * Linux 3.8 init/main.c kernel_init(): pid 1 execs the initramfs's /init
 * (ramdisk_execute_command) and panics if it cannot.
 *
 * Differs from Linux: the self-tests run first; the warning carries the
 * errno, which 3.8's "Failed to execute %s" leaves out, because a user's
 * INIT= program that fails to exec has no other way to learn why; there
 * is no init= and no fallback to /sbin/init or /bin/sh.
 */
static int kernel_init(void *unused)
{
	int ret;

	(void)unused;
	wait_for_completion(&kthreadd_done);	/* kthreadd_task is set */
	strscpy(current->comm, "init", TASK_COMM_LEN);
	run_selftests();
	ret = run_init_process("/init");
	if (!ret)
		return 0;
	printk("Failed to execute /init (error %d)\n", ret);
	panic("No working init found.");
}

static void rest_init(void)
{
	pid_t pid;

	kernel_thread(kernel_init, NULL, CLONE_FS | CLONE_SIGHAND);
	pid = kernel_thread(kthreadd, NULL, CLONE_FS | CLONE_FILES);
	kthreadd_task = find_task_by_pid(pid);
	complete(&kthreadd_done);
	cpu_idle();
}

void start_kernel(void)
{
	sched_init();
	setup_arch();
	printk("Reference kernel: %s, %s flow\n", UTS_ARCH, UTS_FLOW);
	populate_rootfs();
	rest_init();
}
