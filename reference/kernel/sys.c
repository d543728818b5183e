// SPDX-License-Identifier: GPL-2.0
/* The small system calls: write to the console, ids, yield, reboot. */
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/uaccess.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <linux/errno.h>

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
