// SPDX-License-Identifier: GPL-2.0
/*
 * um: what start_kernel() needs from the architecture, the console and
 * the exits, all of them host system calls.
 *
 * setup_arch() maps the user window (a memfd, MAP_SHARED at
 * USER_WINDOW_BASE) and starts and kills one host process for user mode
 * (skas.c), so that a host refusing ptrace is known before anything runs.
 * Each mm gets its own later (asm/mmu_context.h).  The console is the host's stdout.  Power-off is exit(0),
 * halt exit(1): the status tools/kernel.mk's BOOT_CMD run checks.
 */
#include <linux/init.h>
#include <linux/console.h>
#include <linux/reboot.h>
#include <linux/mm.h>
#include <asm/host.h>

long start_userspace(void);
void kill_userspace(long pid);

extern char _end[];

/*
 * Not in Linux: the user window as one shared memory file, mapped here now
 * and inherited, shared, by the host child (Linux's um maps each
 * process's pages from its physmem file into that process's host address
 * space, page by page).
 */
static void map_user_window(void)
{
	long fd, addr;

	fd = host_syscall2(__NR_memfd_create, "um-user-window", 0);
	if (fd < 0)
		panic("um: memfd_create failed (%ld)", fd);
	if (host_syscall2(__NR_ftruncate, fd, USER_WINDOW_SIZE) < 0)
		panic("um: ftruncate of the user window failed");
	addr = host_syscall(__NR_mmap, USER_WINDOW_BASE, USER_WINDOW_SIZE,
			    PROT_READ | PROT_WRITE | PROT_EXEC,
			    MAP_SHARED | MAP_FIXED, fd, 0);
	if (addr != USER_WINDOW_BASE)
		panic("um: mapping the user window at %x failed (%ld)",
		      USER_WINDOW_BASE, addr);
	host_syscall1(__NR_close, fd);
}

void setup_arch(void)
{
	BUG_ON((unsigned long)_end > KERNEL_LOAD_ADDR + 0x10000000);
	map_user_window();
	kill_userspace(start_userspace());	/* ptrace works: say it now */
}

void early_console_write(const char *s, size_t n)
{
	while (n > 0) {
		long done = host_syscall3(__NR_write, 1, s, n);

		if (done <= 0)
			return;
		s += done;
		n -= done;
	}
}

/* The mms' host processes die with the kernel (PTRACE_O_EXITKILL). */
static void __noreturn host_exit(int status)
{
	for (;;)
		host_syscall1(__NR_exit_group, status);
}

void machine_power_off(void)
{
	host_exit(0);
}

void machine_halt(void)
{
	host_exit(1);
}
