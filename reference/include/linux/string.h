/* SPDX-License-Identifier: GPL-2.0 */
/* Freestanding string functions (lib/string.c); GCC also emits calls to them. */
#ifndef _REF_LINUX_STRING_H
#define _REF_LINUX_STRING_H

#include <linux/types.h>

void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *s, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
size_t strlen(const char *s);
size_t strnlen(const char *s, size_t max);
int strcmp(const char *a, const char *b);
ssize_t strscpy(char *dst, const char *src, size_t size);

#endif
