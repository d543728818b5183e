// SPDX-License-Identifier: GPL-2.0
/*
 * wait4(2) and exit cases: statuses as Linux encodes them, waiting for a
 * given child or any, WNOHANG, and the errors.
 */
#include "cases.h"
#include "proc.h"
#include "sys.h"

/*
 * wait4_wnohang needs a child that has not exited yet.  Nothing here can
 * block a child until the parent says so (no pipes, no signals), so the
 * child just takes long: on the reference kernel it does not even start
 * before the parent blocks, and on Linux a thousand yields outlast the
 * parent's next syscall.  Linux does not promise that, so a child that
 * already exited is retried, not failed.
 */
#define SLOW_CHILD_YIELDS	1000
#define SLOW_CHILD_TRIES	5
#define SLOW_CHILD_EXIT		6

/* A child's exit(3) reaches the parent as "exited, status 3". */
enum case_result wait4_exit_status(void)
{
	long pid = sys_fork();
	int status;

	if (pid == 0)
		sys_exit(3);
	if (!reap_new_child("fork", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child", status, 3));
}

/* exit_group(4) in a single-threaded child reads the same way. */
enum case_result exit_group_status(void)
{
	long pid = sys_fork();
	int status;

	if (pid == 0)
		sys_exit_group(4);
	if (!reap_new_child("fork", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child", status, 4));
}

/* wait4(-1, __WALL) reaps both of two children, each once, each with its
 * own status, then reports -ECHILD. */
enum case_result wait4_any_pid(void)
{
	long pids[2], got;
	int status, i, seen = 0;
	bool ok = true;

	for (i = 0; i < 2; i++) {
		pids[i] = sys_fork();
		if (pids[i] == 0)
			sys_exit(10 + i);
		if (!expect_pid("fork", pids[i]))
			return CASE_FAIL;
	}
	for (i = 0; i < 2; i++) {
		got = sys_wait4(-1, &status, __WALL);
		if (got == pids[0] && !(seen & 1)) {
			seen |= 1;
			ok &= expect_exited("first child", status, 10);
		} else if (got == pids[1] && !(seen & 2)) {
			seen |= 2;
			ok &= expect_exited("second child", status, 11);
		} else {
			ok &= expect_eq("wait4(-1) returned an unexpected pid",
					got, pids[0]);
		}
	}
	ok &= expect_eq("wait4(-1) with no children left",
			sys_wait4(-1, &status, __WALL), -ECHILD);
	return pass_if(ok);
}

/* Fork a child that yields for a while before it exits. */
static long fork_slow_child(void)
{
	long pid = sys_fork();
	int i;

	if (pid == 0) {
		for (i = 0; i < SLOW_CHILD_YIELDS; i++)
			sys_sched_yield();
		sys_exit(SLOW_CHILD_EXIT);
	}
	return pid;
}

/* WNOHANG on a live child returns 0 at once; the child is reaped later. */
enum case_result wait4_wnohang(void)
{
	long pid, got;
	int status, try;

	for (try = 0; try < SLOW_CHILD_TRIES; try++) {
		pid = fork_slow_child();
		if (!expect_pid("fork", pid))
			return CASE_FAIL;
		got = sys_wait4(pid, &status, WNOHANG);
		if (got == 0)
			return pass_if(reap(pid, &status) &&
				       expect_exited("child", status,
						     SLOW_CHILD_EXIT));
		if (got != pid) {
			expect_eq("wait4(WNOHANG)", got, 0);
			reap(pid, &status);
			return CASE_FAIL;
		}
	}
	diag("the child had always exited before wait4(WNOHANG)");
	return CASE_FAIL;
}

/* With no child to wait for, wait4 is -ECHILD, for any pid or our own. */
enum case_result wait4_echild(void)
{
	int status;
	bool ok;

	ok = expect_eq("wait4(-1)", sys_wait4(-1, &status, 0), -ECHILD);
	ok &= expect_eq("wait4(getpid())",
			sys_wait4(sys_getpid(), &status, 0), -ECHILD);
	return pass_if(ok);
}

/*
 * A status pointer outside user memory is -EFAULT.  Whether the child was
 * reaped anyway differs (Linux itself reaps, qemu-user's wait4 may not),
 * so both answers to a second wait4 are accepted; the runner checks that
 * none is left.
 */
enum case_result wait4_efault(void)
{
	long pid = sys_fork(), again;
	int status;
	bool ok;

	if (pid == 0)
		sys_exit(0);
	if (!expect_pid("fork", pid))
		return CASE_FAIL;
	ok = expect_eq("wait4 with status at address 1",
		       sys_wait4(pid, (int *)1, 0), -EFAULT);
	again = sys_wait4(pid, &status, 0);
	if (again != -ECHILD)
		ok &= expect_eq("wait4 again", again, pid) &&
		      expect_exited("child", status, 0);
	return pass_if(ok);
}
