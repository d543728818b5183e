// SPDX-License-Identifier: GPL-2.0
/*
 * The kernel's own self-tests, run by pid 1 before it execs /init.  They
 * print a KTAP document (a "kernel" subtest) on the console; the boot test
 * runner merges it with the one /init prints.
 *
 * Each case creates tasks the way the rest of the kernel does -- raw
 * kernel_thread(), kthread_run(), call_usermodehelper(), a kernel thread that
 * execs -- so a broken copy_thread() or ret_from_kernel_thread shows up
 * here, by name, before any user program runs.
 *
 * The user programs they start are SELFTEST_HELPER, never /init: a user's
 * own /init (make boot INIT=) need not know their arguments.  The helper is
 * the boot test's own program (tests/boot/roles.c), which every initramfs
 * carries (tools/mkinitramfs.sh).
 */
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/kmod.h>
#include <linux/binfmts.h>
#include <linux/syscalls.h>
#include <linux/selftest.h>
#include <linux/errno.h>
#include <linux/ptrace.h>

/* The 3.6 flow has no kthread_exec_leaves_no_kernel_register (see there). */
#ifdef CONFIG_GENERIC_KERNEL_EXECVE
#define NR_SELFTESTS	10
#else
#define NR_SELFTESTS	9
#endif

#define SELFTEST_HELPER	"/bin/selftest"

static int ktap_index;

static void ktap_result(bool ok, const char *name)
{
	printk("%sok %d %s\n", ok ? "" : "not ", ++ktap_index, name);
}

/* What a probe thread saw, for the parent to check after it exited. */
static struct {
	void *arg;
	unsigned int flags;
	struct mm_struct *mm;
	struct task_struct *parent;
	struct completion done;
	unsigned long leaked;	/* a kernel address in a new image's registers */
} seen;
static int cookie;

/* A kernel_thread() payload: record, then exit; never returns. */
static int kernel_thread_probe(void *arg)
{
	seen.arg = arg;
	seen.flags = current->flags;
	seen.mm = current->mm;
	do_exit(42 << 8);
}

/* A kthread_run() payload: returns, and kthread() does the do_exit(). */
static int kthread_probe(void *arg)
{
	seen.arg = arg;
	seen.parent = current->real_parent;
	complete(&seen.done);
	return 0;
}

static const char *argv_exit7[] = { SELFTEST_HELPER, "--exit", "7", NULL };

#ifdef CONFIG_GENERIC_KERNEL_EXECVE
extern char _text[], _end[];

/*
 * The first word of @regs that points into the kernel image, or 0.
 * copy_thread() parked fn and arg of a kernel thread in its registers;
 * start_thread() must leave none of that, nor any other kernel address,
 * in the frame a new user image starts from.
 */
static unsigned long kernel_word_in(const struct pt_regs *regs)
{
	const unsigned long *w = (const unsigned long *)regs;
	unsigned int i;

	for (i = 0; i < sizeof(*regs) / sizeof(*w); i++)
		if (w[i] >= (unsigned long)_text && w[i] < (unsigned long)_end)
			return w[i];
	return 0;
}
#endif

/*
 * A kernel thread that becomes a user process by a successful exec
 * (tools/measure.py counts it from its first instruction to the helper's,
 * the boot test's ELF entry).
 */
static int exec_probe(void *unused)
{
	(void)unused;
	if (!kernel_execve(SELFTEST_HELPER, argv_exit7, envp_init))
		return 0;
	do_exit(1 << 8);
}

#ifdef CONFIG_GENERIC_KERNEL_EXECVE
/*
 * exec_probe, then a look at the frame start_thread() built, before
 * ret_from_kernel_thread takes it to user mode.  Only the 3.7 flow's
 * kernel_execve() returns on success.
 */
static int exec_regs_probe(void *unused)
{
	(void)unused;
	if (!kernel_execve(SELFTEST_HELPER, argv_exit7, envp_init)) {
		seen.leaked = kernel_word_in(current_pt_regs());
		return 0;
	}
	do_exit(1 << 8);
}
#endif

static void test_kernel_thread(void)
{
	int status = 0;
	pid_t pid = kernel_thread(kernel_thread_probe, &cookie, SIGCHLD);

	ktap_result(pid > 0 && do_wait(pid, &status, 0) == pid &&
		    status == 42 << 8 && seen.arg == &cookie,
		    "kernel_thread_runs_fn_with_arg");
	ktap_result((seen.flags & PF_KTHREAD) && seen.mm == NULL,
		    "kernel_thread_is_kthread");
}

static void test_kthread_run(void)
{
	seen.arg = NULL;
	seen.done.done = 0;
	if (!kthread_run(kthread_probe, &cookie, "kselftest")) {
		ktap_result(false, "kthread_run_via_kthreadd");
		return;
	}
	wait_for_completion(&seen.done);
	ktap_result(seen.arg == &cookie && seen.parent == kthreadd_task,
		    "kthread_run_via_kthreadd");
}

static void test_kthread_exec(void)
{
	struct task_struct *p;
	int status = 0;
	pid_t pid = kernel_thread(exec_probe, NULL, SIGCHLD);
	bool ok = pid > 0 && do_wait(pid, &status, WNOWAIT) == pid;

	/* The zombie is still there: did the exec turn it into a user task? */
	p = ok ? find_task_by_pid(pid) : NULL;
	ok = ok && status == 7 << 8 && !(p->flags & PF_KTHREAD) &&
	     p->addr_limit == USER_DS;
	if (pid > 0)
		do_wait(pid, &status, 0);
	ktap_result(ok, "kthread_exec_becomes_user");
#ifdef CONFIG_GENERIC_KERNEL_EXECVE
	seen.leaked = ~0UL;
	pid = kernel_thread(exec_regs_probe, NULL, SIGCHLD);
	ok = pid > 0 && do_wait(pid, &status, 0) == pid && status == 7 << 8;
	if (ok && seen.leaked)
		printk("# start_thread() left %lx in the user frame\n", seen.leaked);
	ktap_result(ok && !seen.leaked, "kthread_exec_leaves_no_kernel_register");
#endif
}

/*
 * Run "SELFTEST_HELPER @how @addr" (tests/boot/roles.c): it calls,
 * reads or writes the kernel at @addr.  True if the kernel killed it with
 * SIGSEGV, Linux's answer; a normal exit means it got through.
 */
static bool user_killed_reaching(const char *how, const void *addr)
{
	char hex[2 + 2 * sizeof(long) + 1];
	const char *argv[] = { SELFTEST_HELPER, how, hex, NULL };
	int status;

	snprintf(hex, sizeof(hex), "0x%lx", (unsigned long)addr);
	status = call_usermodehelper(SELFTEST_HELPER, argv, envp_init, UMH_WAIT_PROC);
	if (status != SIGSEGV)
		printk("# " SELFTEST_HELPER " %s %s: status %x, not killed by SIGSEGV\n",
		       how, hex, status);
	return status == SIGSEGV;
}

/*
 * No user program may reach the in-kernel ways of making tasks: not by
 * calling kernel_thread() or reading its code at their addresses, not by
 * writing the kernel's data (kthreadd_task, which kthread_create() trusts),
 * and no system call leads there.
 */
static void test_no_user_path(void)
{
	bool ok = user_killed_reaching("--call", kernel_thread);
	int i;

	ok &= user_killed_reaching("--load", kernel_thread);
	ok &= user_killed_reaching("--store", &kthreadd_task);

	for (i = 0; i < NR_syscalls; i++) {
		unsigned long fn = (unsigned long)sys_call_table[i];

		if (fn == (unsigned long)kernel_thread ||
		    fn == (unsigned long)kthread_create ||
		    fn == (unsigned long)call_usermodehelper)
			ok = false;
	}
	ktap_result(ok, "user_cannot_reach_kernel_thread");
}

void run_selftests(void)
{
	static const char *no_such[] = { "/no/such/file", NULL };

	printk("KTAP version 1\n# Subtest: kernel\n1..%d\n", NR_SELFTESTS);
	ktap_result(current->pid == 1, "kernel_init_is_pid_1");
	ktap_result(kthreadd_task && kthreadd_task->pid == 2,
		    "kthreadd_is_pid_2");
	test_kernel_thread();
	test_kthread_run();
	ktap_result(call_usermodehelper(SELFTEST_HELPER, argv_exit7, envp_init,
					UMH_WAIT_PROC) == 7 << 8,
		    "call_usermodehelper_runs_user_program");
	test_kthread_exec();
	ktap_result(kernel_execve(no_such[0], no_such, envp_init) == -ENOENT,
		    "kernel_execve_enoent_returns");
	test_no_user_path();
}
