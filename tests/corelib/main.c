// SPDX-License-Identifier: GPL-2.0
/*
 * Not in Linux: the reference core's C library (reference/lib/string.c and
 * vsprintf.c), built with the kernel's flags for a port, run as a user
 * program under the port's qemu-user (make -f tools/kernel.mk ARCH=...
 * corelib).  It checks what the kernel's printk and its copies rely on
 * before anything boots: a compiler that miscompiles them at the port's
 * optimization level (Debian 12's sh4 GCC 12.2 at -O1 and up) fails here,
 * with the case named, rather than as a garbled or hung boot.
 *
 * The boot test's arch files give _start (calling boot_main()) and
 * arch_syscall(); one "ok"/"not ok" line per check, then exit(failures).
 */
#include <linux/kernel.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <asm/unistd.h>

long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4, long a5);
void boot_main(unsigned long *sp);

static int failures, index;

static void put(const char *s)
{
	arch_syscall(__NR_write, 1, (long)s, (long)strlen(s), 0, 0, 0);
}

static void check(int ok, const char *name)
{
	char line[96];

	snprintf(line, sizeof(line), "%sok %d %s\n", ok ? "" : "not ", ++index, name);
	put(line);
	failures += !ok;
}

/* The reproducer of the GCC 12.2 sh4 bug: a search loop lost its load and test. */
static int __attribute__((noinline)) first_zero(const int *a)
{
	for (int i = 0; i < 16; i++)
		if (a[i] == 0)
			return i;
	return -1;
}

void boot_main(unsigned long *sp)
{
	static int words[16] = { 1, 2, 3, 4, 5, 0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16 };
	char buf[64], big[40];
	int n;

	(void)sp;
	put("KTAP version 1\n1..9\n");
	check(first_zero(words) == 5, "loop_finds_first_zero");
	n = snprintf(buf, sizeof(buf), "%d %s %lx|", -42, "ab", 0xbeefUL);
	check(n == 12 && strcmp(buf, "-42 ab beef|") == 0, "snprintf_formats");
	n = snprintf(buf, 4, "%s", "abcdef");
	check(n == 6 && buf[3] == '\0' && strcmp(buf, "abc") == 0,
	      "snprintf_truncates_with_nul");
	check(strlen("hello") == 5 && strnlen("hello", 3) == 3, "strlen_strnlen");
	check(strcmp("abc", "abd") < 0 && strcmp("b", "a") > 0 &&
	      strcmp("same", "same") == 0, "strcmp_orders");
	memset(big, 'x', sizeof(big));
	memcpy(big + 1, "copy", 4);
	check(big[0] == 'x' && memcmp(big + 1, "copy", 4) == 0 && big[5] == 'x',
	      "memcpy_memset_memcmp");
	memmove(big + 2, big + 1, 4);
	check(memcmp(big + 2, "copy", 4) == 0, "memmove_overlap");
	check(strscpy(buf, "abcdef", 4) == -E2BIG && strcmp(buf, "abc") == 0 &&
	      strscpy(buf, "ok", sizeof(buf)) == 2, "strscpy_bounds");
	n = snprintf(buf, sizeof(buf), "%08lx/%u/%c", 0x1234UL, 77u, 'z');
	check(n == 13 && strcmp(buf, "00001234/77/z") == 0, "snprintf_pads");
	arch_syscall(__NR_exit, failures, 0, 0, 0, 0, 0);
	for (;;)
		;
}
