// SPDX-License-Identifier: GPL-2.0
/*
 * The suite runner: the KTAP header and plan, one result line per case,
 * and the rule that no case may leave a child behind (the reference
 * kernel's task table is small, and a zombie holds its slot until reaped).
 */
#include "boot.h"
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

/* Run one case, enforce the no-leftover-children rule, print its line. */
static bool run_case(unsigned int nr, const struct boot_case *c)
{
	enum case_result result = c->run();
	int leftovers = reap_all();

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

/* Print the KTAP header and plan, then every case. */
int run_suite(void)
{
	unsigned int i;
	int failures = 0;

	out_str("KTAP version 1");
	out_line();
	out_str("1..");
	out_dec(NR_BOOT_CASES);
	out_line();
	for (i = 0; i < NR_BOOT_CASES; i++)
		failures += !run_case(i + 1, &boot_cases[i]);
	return failures;
}
