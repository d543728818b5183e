// SPDX-License-Identifier: GPL-2.0
/*
 * A user fault or an undefined instruction kills that process with the
 * matching signal; its parent reaps the status and goes on.
 */
#include "cases.h"
#include "proc.h"
#include "sys.h"

/* Child of sigsegv_kills_child: store to address 0. */
static int write_to_null(void)
{
	/*
	 * Both volatile: the compiler must neither see the NULL (and emit
	 * a trap instead) nor drop a store it proves goes nowhere.
	 */
	volatile int *volatile target = NULL;

	*target = 1;
	return 0;
}

/* Child of sigill_kills_child: run what the CPU does not define. */
static int run_illegal_instruction(void)
{
	arch_illegal_instruction();
	return 0;
}

/* A store to address 0 kills the child with SIGSEGV. */
enum case_result sigsegv_kills_child(void)
{
	int status;

	if (!run_in_child(write_to_null, &status))
		return CASE_FAIL;
	return pass_if(expect_signaled("child storing to NULL", status,
				       SIGSEGV));
}

/* An undefined instruction kills the child with SIGILL. */
enum case_result sigill_kills_child(void)
{
	int status;

	if (!run_in_child(run_illegal_instruction, &status))
		return CASE_FAIL;
	return pass_if(expect_signaled("child running an undefined instruction",
				       status, SIGILL));
}
