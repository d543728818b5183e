// SPDX-License-Identifier: GPL-2.0
/*
 * execve(2) cases: a new image with the arguments it was given, and every
 * way to fail, each answered with an errno to a caller that goes on.
 *
 * Paths are relative: the kernel's cwd is "/" and the oracle runs in a
 * staging directory holding the same files (init, etc/notelf: a text file,
 * bin/foreign: init with another e_machine).
 */
#include "boot.h"
#include "cases.h"
#include "proc.h"
#include "sys.h"

#define CANARY	0x5a5adeadL

static char *const args_argv[] = { "init", "--exec-child", "a1", "a2", NULL };
static char *const args_envp[] = { "K=V", NULL };

/* If an exec that must fail succeeds, the image exits quietly with this. */
static char *const quiet_argv[] = { "init", "--exit", "99", NULL };
static char *const no_envp[] = { NULL };

static const char *failing_path;

/* The new image receives exactly our argv and envp, and fresh memory. */
enum case_result execve_with_args(void)
{
	long pid;
	int status;

	if (!running_as_init())
		return case_skip(SKIP_EXEC);
	exec_marker = EXEC_MARKER_INITIAL + 1;	/* the child inherits this */
	pid = sys_fork();
	if (pid == 0) {
		sys_execve("init", args_argv, args_envp);
		sys_exit(EXIT_EXEC_FAILED);
	}
	if (!reap_new_child("fork", pid, &status))
		return CASE_FAIL;
	if (expect_exited("child running \"init --exec-child a1 a2\"", status,
			  EXEC_CHILD_OK))
		return CASE_PASS;
	diag(WIFEXITED(status) && WEXITSTATUS(status) == EXIT_EXEC_FAILED ?
	     "execve failed" : exec_child_error(WEXITSTATUS(status)));
	return CASE_FAIL;
}

/* Child of the failure cases: try failing_path, exit with the errno. */
static int exec_failing_path(void)
{
	return -sys_execve(failing_path, quiet_argv, no_envp);
}

/* Exec @path in a child (so a kernel that kills the caller costs only the
 * child) and expect errno @err. */
static enum case_result expect_exec_errno(const char *path, int err)
{
	int status;

	failing_path = path;
	if (!run_in_child(exec_failing_path, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child exiting with execve's errno "
				     "(99: execve succeeded)", status, err));
}

/* A missing file is -ENOENT. */
enum case_result execve_enoent(void)
{
	return expect_exec_errno("no/such/file", ENOENT);
}

/* An executable text file without "#!" is -ENOEXEC. */
enum case_result execve_enoexec_text(void)
{
	return expect_exec_errno("etc/notelf", ENOEXEC);
}

/* An ELF file for another machine is -ENOEXEC. */
enum case_result execve_enoexec_foreign(void)
{
	return expect_exec_errno("bin/foreign", ENOEXEC);
}

/* A filename pointer outside user memory is -EFAULT. */
enum case_result execve_efault(void)
{
	return expect_exec_errno((const char *)1, EFAULT);
}

/*
 * This very task (pid 1 on the reference kernel) survives failed execves
 * at each stage, lookup, argument copy and binary format, and goes on
 * with its stack and identity intact.  A kernel that tears down the old
 * image before it knows the new one loads fails here.
 */
enum case_result execve_failure_returns(void)
{
	volatile long canary = CANARY;
	long pid = sys_getpid();
	bool ok;

	ok = expect_eq("execve(\"no/such/file\")",
		       sys_execve("no/such/file", quiet_argv, no_envp), -ENOENT);
	ok &= expect_eq("execve(\"init\") with argv at address 1",
			sys_execve("init", (char *const *)1, no_envp), -EFAULT);
	ok &= expect_eq("execve(\"etc/notelf\")",
			sys_execve("etc/notelf", quiet_argv, no_envp), -ENOEXEC);
	ok &= expect_eq("execve(\"bin/foreign\")",
			sys_execve("bin/foreign", quiet_argv, no_envp),
			-ENOEXEC);
	ok &= expect_eq("stack canary after the failed execves", canary,
			CANARY);
	ok &= expect_eq("getpid after the failed execves", sys_getpid(), pid);
	return pass_if(ok);
}
