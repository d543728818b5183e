/* SPDX-License-Identifier: GPL-2.0 */
/* The handful of helpers every file of the reference kernel uses. */
#ifndef _REF_LINUX_KERNEL_H
#define _REF_LINUX_KERNEL_H

#include <linux/types.h>
#include <stdarg.h>

#define ARRAY_SIZE(a)		(sizeof(a) / sizeof((a)[0]))
#define ALIGN(x, a)		(((x) + (a) - 1) & ~((unsigned long)(a) - 1))
#define ALIGN_DOWN(x, a)	((x) & ~((unsigned long)(a) - 1))
#define min(a, b)		((a) < (b) ? (a) : (b))
#define container_of(ptr, type, member) \
	((type *)((char *)(ptr) - offsetof(type, member)))
#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define __noreturn		__attribute__((noreturn))
#define __aligned(n)		__attribute__((aligned(n)))

int printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void panic(const char *fmt, ...) __noreturn __attribute__((format(printf, 1, 2)));

/* An invariant that does not hold is a kernel bug: stop with its location. */
#define BUG_ON(cond) do {						\
	if (unlikely(cond))						\
		panic("BUG at %s:%d: %s", __FILE__, __LINE__, #cond);	\
} while (0)

#endif
