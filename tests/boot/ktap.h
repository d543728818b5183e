/* SPDX-License-Identifier: GPL-2.0 */
/*
 * KTAP output and the checks that explain a failure.
 *
 * Output is built a line at a time and written with one write(2), so a
 * line is never split even if a misbehaving child writes too.
 */
#ifndef BOOT_KTAP_H
#define BOOT_KTAP_H

#include <stdbool.h>

/* What a case concluded. */
enum case_result {
	CASE_PASS,
	CASE_FAIL,
	CASE_SKIP,	/* cannot be judged here; the reason is in case_skip() */
};

/* Append to the current output line. */
void out_str(const char *s);
void out_dec(long value);
void out_hex(unsigned long value);
/* Append a number in whatever base reads best for it. */
void out_num(long value);
/* End the current line and write it to fd 1. */
void out_line(void);

/* Start a "# " diagnostic line; finish it with out_line(). */
void diag_start(void);
/* Write a whole diagnostic line: "# @msg". */
void diag(const char *msg);

/* Print "# @what: got X, want Y" unless @got == @want; true if equal. */
bool expect_eq(const char *what, long got, long want);
/* Print "# @what" unless @cond; returns @cond. */
bool expect_true(const char *what, bool cond);

/* CASE_PASS if @ok, else CASE_FAIL. */
static inline enum case_result pass_if(bool ok)
{
	return ok ? CASE_PASS : CASE_FAIL;
}

/* Record why the running case cannot be judged here; returns CASE_SKIP. */
enum case_result case_skip(const char *reason);
/* The reason given by the last case_skip(). */
const char *case_skip_reason(void);

#endif /* BOOT_KTAP_H */
