// SPDX-License-Identifier: GPL-2.0
/* The small system calls: write to the console, ids, limits, uname, yield, reboot. */
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <linux/errno.h>
#include <linux/utsname.h>

long sys_ni_syscall(void)
{
	return -ENOSYS;
}

/* fd 1 and 2 are the console; there are no other files to write. */
long sys_write(unsigned int fd, const char __user *buf, size_t count)
{
	char chunk[128];
	size_t done;

	if (fd != 1 && fd != 2)
		return -EBADF;
	if (!access_ok(buf, count))
		return -EFAULT;
	for (done = 0; done < count; done += sizeof(chunk)) {
		size_t n = min(count - done, sizeof(chunk));

		if (copy_from_user(chunk, buf + done, n))
			return -EFAULT;
		early_console_write(chunk, n);
	}
	return count;
}

long sys_getpid(void)
{
	return current->pid;
}

/* init's parent is the idle task, pid 0, as getppid() says on Linux. */
long sys_getppid(void)
{
	return current->real_parent ? current->real_parent->pid : 0;
}

long sys_getuid(void)
{
	return current->uid;
}

/*
 * Linux 3.8 kernel/sys.c sys_setuid().  Root may become any user; any
 * other user only itself.  (uid_t)-1 is no uid.
 *
 * Differs from Linux: one uid per task, so no effective, saved or fs uid
 * (Linux sets all four for root, and lets others take their saved uid);
 * the 16-bit setuid of arm, i386 and m68k (sys_setuid16) would turn 0xffff
 * into -1 first.
 */
long sys_setuid(unsigned long uid_arg)
{
	uid_t uid = uid_arg;

	if (uid == (uid_t)-1)
		return -EINVAL;
	if (current->uid != 0 && uid != current->uid)
		return -EPERM;
	current->uid = uid;
	return 0;
}

/* Linux 3.8 kernel/sys.c rlim64_to_rlim(): what a long cannot hold is infinite. */
static void rlim64_to_rlim(const struct rlimit64 *rlim64, struct rlimit *rlim)
{
	rlim->rlim_cur = rlim64->rlim_cur >= RLIM_INFINITY ? RLIM_INFINITY : rlim64->rlim_cur;
	rlim->rlim_max = rlim64->rlim_max >= RLIM_INFINITY ? RLIM_INFINITY : rlim64->rlim_max;
}

/* Linux 3.8 kernel/sys.c rlim_to_rlim64(). */
static void rlim_to_rlim64(const struct rlimit *rlim, struct rlimit64 *rlim64)
{
	rlim64->rlim_cur = rlim->rlim_cur == RLIM_INFINITY ? RLIM64_INFINITY : rlim->rlim_cur;
	rlim64->rlim_max = rlim->rlim_max == RLIM_INFINITY ? RLIM64_INFINITY : rlim->rlim_max;
}

/*
 * Linux 3.8 kernel/sys.c sys_prlimit64() with do_prlimit(): read and set
 * a limit of @pid (0: the caller).  Only root raises a hard limit; the
 * soft limit never exceeds the hard one.
 *
 * Differs from Linux: another task's limits only for root or the same uid
 * (Linux: check_prlimit_permission() compares every uid and gid); no
 * resource needs more than storing (Linux: RLIMIT_NOFILE's ceiling,
 * RLIMIT_CPU's timer).
 */
long sys_prlimit64(long pid_arg, unsigned long resource_arg,
		   const struct rlimit64 __user *new_rlim, struct rlimit64 __user *old_rlim)
{
	pid_t pid = pid_arg;
	unsigned int resource = resource_arg;
	struct rlimit64 old64, new64;
	struct rlimit new, *rlim;
	struct task_struct *tsk;

	if (new_rlim) {
		if (copy_from_user(&new64, new_rlim, sizeof(new64)))
			return -EFAULT;
		rlim64_to_rlim(&new64, &new);
	}
	tsk = pid ? find_task_by_pid(pid) : current;
	if (!tsk)
		return -ESRCH;
	if (tsk != current && current->uid != 0 && current->uid != tsk->uid)
		return -EPERM;
	if (resource >= RLIM_NLIMITS)
		return -EINVAL;
	rlim = &tsk->rlim[resource];
	if (new_rlim) {
		if (new.rlim_cur > new.rlim_max)
			return -EINVAL;
		if (new.rlim_max > rlim->rlim_max && current->uid != 0)
			return -EPERM;
	}
	rlim_to_rlim64(rlim, &old64);
	if (new_rlim)
		*rlim = new;
	if (old_rlim && copy_to_user(old_rlim, &old64, sizeof(old64)))
		return -EFAULT;
	return 0;
}

/*
 * Linux 3.8 kernel/sys.c sys_newuname(): what uname(2) returns.  Linux's
 * fields come from init/version.c init_uts_ns: "Linux", "(none)", the
 * kernel's release and build, its machine.
 *
 * Differs from Linux: the release names this kernel ("reference-new"), not
 * a Linux version, so that a user program can tell it from real Linux (the
 * boot test's fuzz case runs only here); the machine is the port's name
 * (Linux says e.g. "armv7l"); no uts namespaces, no personality overrides.
 */
static const struct new_utsname reference_uts = {
	.sysname	= "Linux",
	.nodename	= "(none)",
	.release	= "reference-" UTS_FLOW,
	.version	= "#1 the kernel_thread() guide's reference kernel",
	.machine	= UTS_ARCH,
	.domainname	= "(none)",
};

long sys_newuname(struct new_utsname __user *name)
{
	if (copy_to_user(name, &reference_uts, sizeof(reference_uts)))
		return -EFAULT;
	return 0;
}

long sys_sched_yield(void)
{
	schedule();
	return 0;
}

/*
 * The int arguments arrive in full registers.  Where the C ABI wants an
 * int sign-extended in its 64-bit register (riscv64, mips64, s390x), user
 * space need not have done it, and reboot's UAPI constants (0xfee1dead,
 * several LINUX_REBOOT_CMD_*) are unsigned with bit 31 set: passed as longs
 * they arrive zero-extended.  Since 2.6.29 (CVE-2009-0029) Linux's
 * SYSCALL_DEFINE wraps each syscall in one that takes longs and truncates
 * them (SyS_*, later __se_sys_*); this one does it itself.
 */
long sys_reboot(long magic1_arg, long magic2_arg, unsigned long cmd_arg,
		void __user *arg)
{
	int magic1 = magic1_arg, magic2 = magic2_arg;
	unsigned int cmd = cmd_arg;

	(void)arg;
	if (magic1 != (int)LINUX_REBOOT_MAGIC1 ||
	    (magic2 != LINUX_REBOOT_MAGIC2 && magic2 != LINUX_REBOOT_MAGIC2A &&
	     magic2 != LINUX_REBOOT_MAGIC2B && magic2 != LINUX_REBOOT_MAGIC2C))
		return -EINVAL;
	switch (cmd) {
	case LINUX_REBOOT_CMD_POWER_OFF:
		printk("reboot: Power down\n");
		machine_power_off();
	case LINUX_REBOOT_CMD_HALT:
		printk("reboot: System halted\n");
		machine_halt();
	default:
		return -EINVAL;
	}
}
