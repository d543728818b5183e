// SPDX-License-Identifier: GPL-2.0
/*
 * The suite runner: the KTAP header and plan, one result line per case,
 * and the rule that no case may leave a child behind (the reference
 * kernel's task table is small, and a zombie holds its slot until reaped).
 *
 * A broken fork() must not turn the boot into a fork bomb: a child that
 * fork() told it was the parent runs its parent's side of the case and
 * returns here, where it is stopped; and when a case every later case
 * relies on fails, the runner bails out (KTAP's "Bail out!") instead of
 * printing thousands of consequential failures.
 */
#include "boot.h"
#include "lib.h"
#include "cases.h"
#include "proc.h"
#include "sys.h"

struct boot_case {
	const char *name;
	enum case_result (*run)(void);
};

#define BOOT_CASE_ENTRY(name) { #name, name },
static const struct boot_case boot_cases[] = {
	BOOT_CASES(BOOT_CASE_ENTRY)
};
#undef BOOT_CASE_ENTRY

#define NR_BOOT_CASES (sizeof(boot_cases) / sizeof(boot_cases[0]))

/* The cases every later one forks on: tell child from parent by fork()'s
 * result.  Named by function, so a rename cannot leave one behind. */
static enum case_result (*const essential_cases[])(void) = {
	fork_child_gets_zero,
	fork_parent_gets_pid,
};

static bool is_essential(const struct boot_case *c)
{
	unsigned int i;

	for (i = 0; i < sizeof(essential_cases) / sizeof(essential_cases[0]); i++)
		if (c->run == essential_cases[i])
			return true;
	return false;
}

/* The pid of the process that runs the suite: /init, or the oracle's. */
static long runner;

/* Called by a process that returned from a case but is not the runner: a
 * child that fork() sent down its parent's path.  It must not print a
 * result (it would run the rest of the suite a second time). */
static void stop_stray_child(const struct boot_case *c)
{
	diag_start();
	out_str("pid ");
	out_dec(sys_getpid());
	out_str(" returned from ");
	out_str(c->name);
	out_str(" as if it were the runner: fork() returned non-zero in a child; it exits");
	out_line();
	sys_exit(1);
}

/*
 * A case the port's .mk says qemu-user cannot judge on its architecture
 * (ORACLE_SKIP and ORACLE_SKIP_REASON, given to the build by
 * tools/kernel.mk): skipped with that reason when not pid 1, run
 * everywhere else.
 */
static bool oracle_skips(const struct boot_case *c)
{
#ifdef ORACLE_SKIP
	return !running_as_init() && str_eq(c->name, ORACLE_SKIP);
#else
	(void)c;
	return false;
#endif
}

/* Run one case, enforce the no-leftover-children rule, print its line. */
static bool run_case(unsigned int nr, const struct boot_case *c)
{
#ifdef ORACLE_SKIP
	enum case_result result = oracle_skips(c) ? case_skip(ORACLE_SKIP_REASON) : c->run();
#else
	enum case_result result = oracle_skips(c) ? CASE_SKIP : c->run();
#endif
	int leftovers;

	if (sys_getpid() != runner)
		stop_stray_child(c);
	leftovers = reap_all();

	if (leftovers) {
		diag_start();
		out_str("left ");
		out_dec(leftovers);
		out_str(" child(ren) unreaped");
		out_line();
		result = CASE_FAIL;
	}

	out_str(result == CASE_FAIL ? "not ok " : "ok ");
	out_dec(nr);
	out_str(" ");
	out_str(c->name);
	if (result == CASE_SKIP) {
		out_str(" # SKIP ");
		out_str(case_skip_reason());
	}
	out_line();
	return result != CASE_FAIL;
}

/* Print the KTAP header and plan, then every case until one that the
 * rest rely on fails. */
int run_suite(void)
{
	unsigned int i;
	int failures = 0;

	runner = sys_getpid();

	out_str("KTAP version 1");
	out_line();
	out_str("1..");
	out_dec(NR_BOOT_CASES);
	out_line();
	for (i = 0; i < NR_BOOT_CASES; i++) {
		if (run_case(i + 1, &boot_cases[i]))
			continue;
		failures++;
		if (is_essential(&boot_cases[i])) {
			out_str("Bail out! ");
			out_str(boot_cases[i].name);
			out_str(" failed, and every later case tells child from parent by fork()'s result");
			out_line();
			break;
		}
	}
	return failures;
}
