// SPDX-License-Identifier: GPL-2.0
/*
 * The task table is finite: fork answers -EAGAIN when it is full (zombies
 * count until reaped), and reaping frees the slots again.
 */
#include "boot.h"
#include "cases.h"
#include "proc.h"
#include "sys.h"

/* Far more than the reference kernel's task table; a bound, not a goal. */
#define MAX_FORKS	1000

/* Fork until -EAGAIN, reap everything, then fork once more. */
enum case_result fork_eagain_at_task_limit(void)
{
	long pid = 0;
	int status, forked, reaped = 0;
	bool ok;

	/* Never on a real host: this would be a fork bomb there. */
	if (!on_reference_kernel())
		return case_skip("the host limit is RLIMIT_NPROC, not reached as root");
	for (forked = 0; forked < MAX_FORKS; forked++) {
		pid = sys_fork();
		if (pid == 0)
			sys_exit(0);
		if (pid < 0)
			break;
	}
	ok = expect_eq("fork at the task limit", pid, -EAGAIN);
	ok &= expect_true("no fork succeeded before the limit", forked > 0);
	while (sys_wait4(-1, &status, 0) > 0)
		reaped += WIFEXITED(status) && WEXITSTATUS(status) == 0;
	ok &= expect_eq("children reaped with status 0", reaped, forked);

	pid = sys_fork();
	if (pid == 0)
		sys_exit(0);
	ok &= reap_new_child("fork after reaping", pid, &status);
	return pass_if(ok);
}
