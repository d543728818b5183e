// SPDX-License-Identifier: GPL-2.0
/* A user's own /init for make boot INIT= (docs/using.rst): arm or x86_64. */
#include <asm/unistd.h>
#include <linux/reboot.h>

static long syscall3(long nr, long a, long b, long c)
{
#if defined(__arm__)		/* EABI: number in r7, svc #0, result in r0 */
	register long r0 asm("r0") = a, r1 asm("r1") = b, r2 asm("r2") = c;
	register long r7 asm("r7") = nr;

	asm volatile("svc #0" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r7) : "memory");
	return r0;
#elif defined(__x86_64__)	/* number in rax; the kernel clobbers rcx, r11 */
	long ret;

	asm volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b), "d"(c)
		     : "rcx", "r11", "memory");
	return ret;
#endif
}

/* The ELF entry, pid 1: say hello, then power off (pid 1 may not exit). */
void _start(void)
{
	static const char msg[] = "hello from my own /init\n";

	syscall3(__NR_write, 1, (long)msg, sizeof(msg) - 1);
	syscall3(__NR_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2,
		 LINUX_REBOOT_CMD_POWER_OFF);
	for (;;)
		;
}
