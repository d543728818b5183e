/* SPDX-License-Identifier: GPL-2.0 */
/* The few string helpers a libc would otherwise provide. */
#ifndef BOOT_LIB_H
#define BOOT_LIB_H

#include <stdbool.h>
#include <stddef.h>

/* Length of @s, without the NUL. */
size_t str_len(const char *s);
/* True if @a and @b hold the same characters. */
bool str_eq(const char *a, const char *b);
/* True if @s starts with @prefix. */
bool str_starts_with(const char *s, const char *prefix);
/* True if @s ends with @suffix. */
bool str_ends_with(const char *s, const char *suffix);
/* Parse a non-negative decimal number into *@value; false if @s is not one. */
bool parse_uint(const char *s, unsigned int *value);
/* Parse "0x" and lower-case hex digits into *@value; false if @s is not that. */
bool parse_hex(const char *s, unsigned long *value);

#endif /* BOOT_LIB_H */
