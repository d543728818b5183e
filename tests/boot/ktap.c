// SPDX-License-Identifier: GPL-2.0
/*
 * KTAP output: a line buffer, number formatting without division (there
 * is no libgcc to provide it on arm), and the expect_*() helpers.
 */
#include "ktap.h"
#include "sys.h"

static char line[256];
static unsigned int line_len;
static const char *skip_reason;

/* Append one character; a line that overflows is cut, not overrun. */
static void out_char(char c)
{
	if (line_len < sizeof(line) - 1)
		line[line_len++] = c;
}

/* Append @s. */
void out_str(const char *s)
{
	while (*s)
		out_char(*s++);
}

/*
 * Append @value in decimal.  The digits come from subtracting powers of
 * ten, built up by multiplying: no division at run time, which a
 * libgcc-less arm build could not link at every optimisation level.
 */
void out_dec(long value)
{
	unsigned long v = value, powers[20];	/* 10^19 fits 64 bits */
	int top = 0;

	powers[0] = 1;

	if (value < 0) {
		out_char('-');
		v = -(unsigned long)value;
	}
	while (powers[top] <= ~0UL / 10 && powers[top] * 10 <= v) {
		powers[top + 1] = powers[top] * 10;
		top++;
	}
	for (; top >= 0; top--) {
		char digit = '0';

		while (v >= powers[top]) {
			v -= powers[top];
			digit++;
		}
		out_char(digit);
	}
}

/* Append @value as 0x followed by hex digits. */
void out_hex(unsigned long value)
{
	int shift = sizeof(value) * 8 - 4;

	out_str("0x");
	while (shift > 0 && !(value >> shift))
		shift -= 4;
	for (; shift >= 0; shift -= 4)
		out_char("0123456789abcdef"[(value >> shift) & 0xf]);
}

/* Small numbers and errnos read best in decimal, addresses in hex. */
void out_num(long value)
{
	if (value > -4096 && value < 65536)
		out_dec(value);
	else
		out_hex(value);
}

/* Terminate the line and write it out in one piece. */
void out_line(void)
{
	line[line_len++] = '\n';
	sys_write(1, line, line_len);
	line_len = 0;
}

/* Begin a diagnostic line. */
void diag_start(void)
{
	out_str("# ");
}

/* Print "# @msg". */
void diag(const char *msg)
{
	diag_start();
	out_str(msg);
	out_line();
}

/* Compare and explain a mismatch. */
bool expect_eq(const char *what, long got, long want)
{
	if (got == want)
		return true;
	diag_start();
	out_str(what);
	out_str(": got ");
	out_num(got);
	out_str(", want ");
	out_num(want);
	out_line();
	return false;
}

/* Check a condition and name it if it does not hold. */
bool expect_true(const char *what, bool cond)
{
	if (!cond)
		diag(what);
	return cond;
}

/* Remember the skip reason for the result line. */
enum case_result case_skip(const char *reason)
{
	skip_reason = reason;
	return CASE_SKIP;
}

/* Hand the skip reason to the suite runner. */
const char *case_skip_reason(void)
{
	return skip_reason;
}
