// SPDX-License-Identifier: GPL-2.0
/* String helpers for a program without libc. */
#include "lib.h"

/* Count characters up to the NUL. */
size_t str_len(const char *s)
{
	size_t n = 0;

	while (s[n])
		n++;
	return n;
}

/* Compare two strings for equality. */
bool str_eq(const char *a, const char *b)
{
	while (*a && *a == *b) {
		a++;
		b++;
	}
	return *a == *b;
}

/* Compare the tail of @s with @suffix. */
bool str_starts_with(const char *s, const char *prefix)
{
	while (*prefix)
		if (*s++ != *prefix++)
			return false;
	return true;
}

bool str_ends_with(const char *s, const char *suffix)
{
	size_t n = str_len(s), m = str_len(suffix);

	return n >= m && str_eq(s + n - m, suffix);
}

/* Decimal digits only, at least one, no overflow past 9 digits. */
bool parse_uint(const char *s, unsigned int *value)
{
	unsigned int v = 0;
	size_t n = 0;

	for (; s[n]; n++) {
		if (s[n] < '0' || s[n] > '9' || n >= 9)
			return false;
		v = v * 10 + (s[n] - '0');
	}
	*value = v;
	return n > 0;
}

/* "0x", then 1 to 2 * sizeof(long) digits 0-9, a-f. */
bool parse_hex(const char *s, unsigned long *value)
{
	unsigned long v = 0;
	size_t n;

	if (s[0] != '0' || s[1] != 'x')
		return false;
	for (n = 2; s[n]; n++) {
		int d = s[n] >= '0' && s[n] <= '9' ? s[n] - '0' :
			s[n] >= 'a' && s[n] <= 'f' ? s[n] - 'a' + 10 : -1;

		if (d < 0 || n >= 2 + 2 * sizeof(long))
			return false;
		v = v << 4 | d;
	}
	*value = v;
	return n > 2;
}
