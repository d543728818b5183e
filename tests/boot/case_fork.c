// SPDX-License-Identifier: GPL-2.0
/*
 * fork(2) cases: the two return values, the registers that must survive
 * the trap in both tasks (copy_thread() and ret_from_fork at work), and
 * the copied address space.
 */
#include "cases.h"
#include "ktap.h"
#include "proc.h"
#include "sys.h"

/* Values a fork child must see, then overwrite in its own copy. */
#define BEFORE_FORK	0x5a5a1234L
#define CHILD_WROTE	0x0badf00dL

static const char *const callee_saved_names[] = { ARCH_CALLEE_SAVED_NAMES };

#define NR_CALLEE_SAVED \
	(sizeof(callee_saved_names) / sizeof(callee_saved_names[0]))

static volatile long fork_global;

/* fork returns 0 in the child: the child reports what it got. */
enum case_result fork_child_gets_zero(void)
{
	long parent = sys_getpid(), pid = sys_fork();
	int status;

	/* Tell the child by its pid, not by fork's result under test. */
	if (sys_getpid() != parent)
		sys_exit(pid == 0 ? 0 : 1);
	if (!reap_new_child("fork", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child (1: fork returned non-zero)",
				     status, 0));
}

/* fork returns the child's pid in the parent: the pid wait4 reaps and
 * the one the child sees with getpid() (its low byte, via the status). */
enum case_result fork_parent_gets_pid(void)
{
	long pid = sys_fork();
	int status;

	if (pid == 0)
		sys_exit(sys_getpid() & 0xff);
	if (!reap_new_child("fork", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child exiting with getpid() & 0xff",
				     status, pid & 0xff));
}

/* The child's parent is the task that forked it. */
enum case_result fork_child_getppid(void)
{
	long parent = sys_getpid(), pid = sys_fork();
	int status;

	if (pid == 0)
		sys_exit(sys_getppid() == parent ? 0 : 1);
	if (!reap_new_child("fork", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child (1: getppid() is not the parent)",
				     status, 0));
}

/* Name every register in @clobbered as a diagnostic of @who. */
static void diag_clobbered(const char *who, unsigned long clobbered)
{
	unsigned int i;

	diag_start();
	out_str(who);
	out_str(": clobbered by fork:");
	for (i = 0; i < NR_CALLEE_SAVED; i++) {
		if (clobbered & (1UL << i)) {
			out_str(" ");
			out_str(callee_saved_names[i]);
		}
	}
	out_line();
}

/* Index of the lowest set bit of a non-zero @mask. */
static unsigned int lowest_bit(unsigned long mask)
{
	unsigned int i = 0;

	while (!(mask & (1UL << i)))
		i++;
	return i;
}

/*
 * Fork with patterned callee-saved registers.  The child exits with 0, or
 * 1 + the index of its lowest clobbered register (a status has 8 bits,
 * too few for a mask on every arch); the parent returns its own mask.
 */
static bool fork_regs(unsigned long *parent_clobbered, int *child_status)
{
	long pid = arch_fork_regs_check(parent_clobbered);

	if (pid == 0)
		sys_exit(*parent_clobbered ?
			 1 + lowest_bit(*parent_clobbered) : 0);
	return reap_new_child("fork", pid, child_status);
}

/* Every callee-saved register and sp come back in the child. */
enum case_result fork_child_callee_saved(void)
{
	unsigned long clobbered;
	int status;

	if (!fork_regs(&clobbered, &status))
		return CASE_FAIL;
	if (WIFEXITED(status) && WEXITSTATUS(status) >= 1 &&
	    WEXITSTATUS(status) <= NR_CALLEE_SAVED)
		diag_clobbered("child (lowest only)",
			       1UL << (WEXITSTATUS(status) - 1));
	return pass_if(expect_exited("child", status, 0));
}

/* Every callee-saved register and sp come back in the parent. */
enum case_result fork_parent_callee_saved(void)
{
	unsigned long clobbered;
	int status;

	if (!fork_regs(&clobbered, &status))
		return CASE_FAIL;
	if (clobbered)
		diag_clobbered("parent", clobbered);
	return pass_if(!clobbered);
}

/*
 * The child starts with a copy of the parent's memory, globals and stack
 * alike, and its writes stay in its copy.
 */
enum case_result fork_copies_memory(void)
{
	volatile long local = BEFORE_FORK;
	long pid;
	int status;
	bool ok;

	fork_global = BEFORE_FORK;
	pid = sys_fork();
	if (pid == 0) {
		bool saw = fork_global == BEFORE_FORK && local == BEFORE_FORK;

		fork_global = CHILD_WROTE;
		local = CHILD_WROTE;
		sys_exit(saw ? 0 : 1);
	}
	if (!reap_new_child("fork", pid, &status))
		return CASE_FAIL;
	ok = expect_exited("child (1: did not see the parent's values)",
			   status, 0);
	ok &= expect_eq("global after the child wrote its copy", fork_global,
			BEFORE_FORK);
	ok &= expect_eq("stack variable after the child wrote its copy", local,
			BEFORE_FORK);
	return pass_if(ok);
}
