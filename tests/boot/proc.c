// SPDX-License-Identifier: GPL-2.0
/* Forking, reaping and reading wait statuses for the cases. */
#include "proc.h"
#include "ktap.h"
#include "sys.h"

/* Fork a child that runs @fn, then wait for it. */
bool run_in_child(int (*fn)(void), int *status)
{
	long pid = sys_fork();

	if (pid == 0)
		sys_exit(fn());
	return reap_new_child("fork", pid, status);
}

/* A pid is positive; anything else is an errno to show. */
bool expect_pid(const char *what, long pid)
{
	if (pid > 0)
		return true;
	diag_start();
	out_str(what);
	out_str(": got ");
	out_num(pid);
	out_str(", want a pid");
	out_line();
	return false;
}

/* Check the creator's result, then wait for that child. */
bool reap_new_child(const char *what, long pid, int *status)
{
	return expect_pid(what, pid) && reap(pid, status);
}

/* Wait for one particular child. */
bool reap(long pid, int *status)
{
	return expect_eq("wait4 for the child", sys_wait4(pid, status, 0), pid);
}

/* Wait for children until there are none. */
int reap_all(void)
{
	int status, n = 0;

	while (sys_wait4(-1, &status, __WALL) > 0)
		n++;
	return n;
}

/* Spell out a wait status. */
void out_status(int status)
{
	if (WIFEXITED(status)) {
		out_str("exited with ");
		out_dec(WEXITSTATUS(status));
	} else if (WIFSIGNALED(status)) {
		out_str("killed by signal ");
		out_dec(WTERMSIG(status));
	} else {
		out_str("status ");
		out_hex(status);
	}
}

/* Explain a status that is not the one expected: "@what: <status>, want
 * @want @n". */
static bool diag_status(const char *what, int status, const char *want, int n)
{
	diag_start();
	out_str(what);
	out_str(": ");
	out_status(status);
	out_str(", want ");
	out_str(want);
	out_dec(n);
	out_line();
	return false;
}

/* Check for a normal exit with @code. */
bool expect_exited(const char *what, int status, int code)
{
	if (WIFEXITED(status) && WEXITSTATUS(status) == code)
		return true;
	return diag_status(what, status, "exit with ", code);
}

/* Check for death by signal @sig. */
bool expect_signaled(const char *what, int status, int sig)
{
	if (WIFSIGNALED(status) && WTERMSIG(status) == sig)
		return true;
	return diag_status(what, status, "death by signal ", sig);
}
