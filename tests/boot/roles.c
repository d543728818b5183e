// SPDX-License-Identifier: GPL-2.0
/*
 * Re-exec roles: what this program does when a case, or the kernel's own
 * self-tests, exec it with arguments.
 *
 *   init --exit N       exit(N) at once (call_usermodehelper and the
 *                       kernel-thread-execs self-test check the status)
 *   init --exec-child a1 a2
 *                       check what execve_with_args passed, exit with an
 *                       enum exec_child_code
 *   init --call ADDR, init --load ADDR, init --store ADDR
 *                       call, read or write kernel memory at ADDR (hex);
 *                       the self-test user_cannot_reach_kernel_thread
 *                       expects SIGSEGV, and exit(ROLE_REACHED) means the
 *                       kernel let a user program in
 */
#include "boot.h"
#include "lib.h"
#include "sys.h"

/* Exit code for arguments this program does not understand. */
#define ROLE_USAGE	125
/* Exit code of --call, --load, --store when the access did not fault. */
#define ROLE_REACHED	124

volatile long exec_marker = EXEC_MARKER_INITIAL;

/* Name what --exec-child found wrong. */
const char *exec_child_error(int code)
{
	switch (code) {
	case EXEC_CHILD_BAD_ARGC:
		return "--exec-child: argc is not 4";
	case EXEC_CHILD_BAD_ARGV:
		return "--exec-child: argv differs from what was passed";
	case EXEC_CHILD_BAD_ENVP:
		return "--exec-child: envp is not {\"K=V\", NULL}";
	case EXEC_CHILD_BAD_AUXV:
		return "--exec-child: auxv lacks AT_PAGESZ or AT_ENTRY";
	case EXEC_CHILD_OLD_MEMORY:
		return "--exec-child: the old image's memory survived execve";
	default:
		return "--exec-child did not run to completion";
	}
}

/* The checks of --exec-child, in the order of enum exec_child_code. */
static int exec_child(int argc, char **argv, char **envp)
{
	unsigned long value;

	if (argc != 4)
		return EXEC_CHILD_BAD_ARGC;
	if (!str_ends_with(argv[0], "init") || !str_eq(argv[2], "a1") ||
	    !str_eq(argv[3], "a2") || argv[4])
		return EXEC_CHILD_BAD_ARGV;
	if (!envp[0] || !str_eq(envp[0], "K=V") || envp[1])
		return EXEC_CHILD_BAD_ENVP;
	if (!auxv_get(AT_PAGESZ, &value) || !auxv_get(AT_ENTRY, &value))
		return EXEC_CHILD_BAD_AUXV;
	if (exec_marker != EXEC_MARKER_INITIAL)
		return EXEC_CHILD_OLD_MEMORY;
	return EXEC_CHILD_OK;
}

/* Try to reach the kernel at @addr the way @how says; returns if it could. */
static void reach(const char *how, unsigned long addr)
{
	if (str_eq(how, "--call"))
		((void (*)(void))addr)();
	else if (str_eq(how, "--load"))
		(void)*(volatile unsigned long *)addr;
	else
		*(volatile unsigned long *)addr = 0;
}

/* Dispatch on argv[1]. */
void run_role(int argc, char **argv, char **envp)
{
	unsigned long addr;
	unsigned int code;

	if (argc == 3 && str_eq(argv[1], "--exit") && parse_uint(argv[2], &code))
		sys_exit(code);
	if (str_eq(argv[1], "--exec-child"))
		sys_exit(exec_child(argc, argv, envp));
	if (argc == 3 && (str_eq(argv[1], "--call") || str_eq(argv[1], "--load") ||
			  str_eq(argv[1], "--store")) && parse_hex(argv[2], &addr)) {
		reach(argv[1], addr);
		sys_exit(ROLE_REACHED);
	}
	sys_write(2, "init: unknown arguments\n", 24);
	sys_exit(ROLE_USAGE);
}
