// SPDX-License-Identifier: GPL-2.0
/*
 * Cases on the syscall trap itself: a result comes back in the return
 * register, and bad input is answered with an errno, never fatal.
 */
#include "cases.h"
#include "lib.h"
#include "sys.h"

/*
 * A number no architecture of this project assigns: far past the end of
 * every table (arm's ends below 500).  MIPS o32 would start there, but
 * MIPS is not a target.
 */
#define UNUSED_SYSCALL_NR	4000

/* write(2) returns the byte count; the payload is a KTAP diagnostic. */
enum case_result write_returns_count(void)
{
	static const char msg[] = "# write_returns_count: this line is the payload\n";
	long n = str_len(msg);

	return pass_if(expect_eq("write", sys_write(1, msg, n), n));
}

/* A NULL buffer is -EFAULT, not a kernel oops. */
enum case_result write_efault(void)
{
	return pass_if(expect_eq("write(1, NULL, 5)", sys_write(1, NULL, 5),
				 -EFAULT));
}

/* An unknown syscall number is -ENOSYS. */
enum case_result enosys(void)
{
	return pass_if(expect_eq("an unused syscall number",
				 arch_syscall(UNUSED_SYSCALL_NR, 0, 0, 0, 0, 0, 0),
				 -ENOSYS));
}

/* sched_yield(2) returns 0. */
enum case_result sched_yield_returns_0(void)
{
	return pass_if(expect_eq("sched_yield", sys_sched_yield(), 0));
}

/*
 * uname(2) fills a struct new_utsname that says "Linux" on both kernels,
 * and a bad pointer is -EFAULT.
 */
enum case_result uname_says_linux(void)
{
	struct new_utsname u;
	bool ok = expect_eq("uname", sys_uname(&u), 0);

	ok &= expect_true("sysname is \"Linux\"", ok && str_eq(u.sysname, "Linux"));
	ok &= expect_eq("uname(NULL)", sys_uname(NULL), -EFAULT);
	return pass_if(ok);
}
