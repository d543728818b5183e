// SPDX-License-Identifier: GPL-2.0
/*
 * vfork(2) cases: the parent sleeps until the child exits or execs, and
 * the two share one address space meanwhile.  qemu-user carries vfork out
 * as fork, so only a whole machine (pid 1) can judge these.
 */
#include "boot.h"
#include "cases.h"
#include "proc.h"
#include "sys.h"

#define BEFORE_VFORK	0x5a5a5678L
#define CHILD_WROTE	0x0badcafeL

/* Who ran first: each task appends its letter, the child 'C', the parent 'P'. */
static volatile char vfork_log[2];
static volatile int vfork_log_len;
static volatile long vfork_global;

static char *const exit5_argv[] = { "init", "--exit", "5", NULL };
static char *const exit5_envp[] = { NULL };

/* Append @who to the shared log (bounded: a broken vfork may call twice). */
static void vfork_log_event(char who)
{
	if (vfork_log_len < (int)sizeof(vfork_log))
		vfork_log[vfork_log_len++] = who;
}

/*
 * The child's event is logged before the parent's: the parent resumed
 * only after the child exited.  Without the wait a cooperative scheduler
 * would run the parent on first; without sharing, the 'C' never arrives.
 */
enum case_result vfork_suspends_parent(void)
{
	char got[sizeof(vfork_log) + 1] = "";
	long pid;
	int status, i;

	if (!running_as_init())
		return case_skip(SKIP_VFORK);
	vfork_log_len = 0;
	pid = arch_vfork();
	if (pid == 0) {
		vfork_log_event('C');
		sys_exit(0);
	}
	vfork_log_event('P');
	if (!reap_new_child("vfork", pid, &status) ||
	    !expect_exited("child", status, 0))
		return CASE_FAIL;
	for (i = 0; i < vfork_log_len; i++)
		got[i] = vfork_log[i];
	if (vfork_log_len == 2 && got[0] == 'C' && got[1] == 'P')
		return CASE_PASS;
	diag_start();
	out_str("order of events (C: child, P: parent): got \"");
	out_str(got);
	out_str("\", want \"CP\"");
	out_line();
	return CASE_FAIL;
}

/* The child's writes to a global and to the parent's stack frame are
 * the parent's own memory. */
enum case_result vfork_shares_memory(void)
{
	volatile long local = BEFORE_VFORK;
	long pid;
	int status;
	bool ok;

	if (!running_as_init())
		return case_skip(SKIP_VFORK);
	vfork_global = BEFORE_VFORK;
	pid = arch_vfork();
	if (pid == 0) {
		vfork_global = CHILD_WROTE;
		local = CHILD_WROTE;
		sys_exit(0);
	}
	if (!reap_new_child("vfork", pid, &status))
		return CASE_FAIL;
	ok = expect_exited("child", status, 0);
	ok &= expect_eq("global written by the child", vfork_global,
			CHILD_WROTE);
	ok &= expect_eq("stack variable written by the child", local,
			CHILD_WROTE);
	return pass_if(ok);
}

/* The usual use: the child execs at once; the parent resumes and reaps
 * the new image's exit status. */
enum case_result vfork_then_execve(void)
{
	long pid;
	int status;

	if (!running_as_init())
		return case_skip(SKIP_EXEC);
	pid = arch_vfork();
	if (pid == 0) {
		sys_execve("init", exit5_argv, exit5_envp);
		sys_exit(EXIT_EXEC_FAILED);
	}
	if (!reap_new_child("vfork", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child exec'ing \"init --exit 5\" "
				     "(127: execve failed)", status, 5));
}
