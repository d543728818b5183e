// SPDX-License-Identifier: GPL-2.0
/*
 * RLIMIT_NPROC bounds the processes of a user: fork answers -EAGAIN once
 * the user has that many (zombies count until reaped), and reaping frees
 * them again.  Root is not bound, so the case runs as a user of its own,
 * in a child that drops root: the same limit on the reference kernel and
 * on real Linux, both as pid 1.  Not under qemu-user: each emulated
 * process is two host tasks there (QEMU's call_rcu thread), and the limit
 * counts tasks.
 */
#include "boot.h"
#include "cases.h"
#include "proc.h"
#include "sys.h"

/* A uid no process of a host has, so the count starts at this child. */
#define LIMIT_UID	4242
/* The limit: far under the reference kernel's task table (NR_TASKS). */
#define NPROC		6

/* Runs as LIMIT_UID under RLIMIT_NPROC = NPROC; exits 0 if all held. */
static void __attribute__((noreturn)) fork_until_eagain(void)
{
	const struct rlimit64 lim = { NPROC, NPROC };
	long pid = 0, err;
	int status, forked, reaped = 0;
	bool ok;

	err = sys_prlimit64(0, RLIMIT_NPROC, &lim, NULL);
	if (!expect_eq("prlimit64(RLIMIT_NPROC)", err, 0))
		sys_exit(1);
	err = sys_setuid(LIMIT_UID);
	if (!expect_eq("setuid", err, 0))
		sys_exit(1);
	/* This process is the user's first; NPROC - 1 more fit. */
	for (forked = 0; forked < NPROC; forked++) {
		pid = sys_fork();
		if (pid == 0)
			sys_exit(0);
		if (pid < 0)
			break;
	}
	ok = expect_eq("fork at RLIMIT_NPROC", pid, -EAGAIN);
	ok &= expect_eq("forks before the limit", forked, NPROC - 1);
	while (sys_wait4(-1, &status, 0) > 0)
		reaped += WIFEXITED(status) && WEXITSTATUS(status) == 0;
	ok &= expect_eq("children reaped with status 0", reaped, forked);

	pid = sys_fork();
	if (pid == 0)
		sys_exit(0);
	ok &= reap_new_child("fork after reaping", pid, &status);
	sys_exit(ok ? 0 : 1);
}

enum case_result fork_eagain_at_task_limit(void)
{
	int status;
	long pid;

	if (!running_as_init())
		return case_skip(SKIP_NPROC);
	pid = sys_fork();
	if (pid == 0)
		fork_until_eagain();
	if (!reap_new_child("the limited user's process", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_eq("its exit status", status, 0));
}
