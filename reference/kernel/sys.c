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

long sys_reboot(int magic1, int magic2, unsigned int cmd, void __user *arg)
{
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
