// SPDX-License-Identifier: GPL-2.0
/* copy_{from,to}_user(): range checks against the user window. */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/uaccess.h>

/* True if [addr, addr + size) is memory the current task may hand us. */
bool access_ok(const void __user *addr, size_t size)
{
	unsigned long a = (unsigned long)addr;

	if (current->addr_limit == KERNEL_DS)
		return true;
	return a >= USER_WINDOW_BASE && size <= USER_WINDOW_SIZE &&
	       a - USER_WINDOW_BASE <= USER_WINDOW_SIZE - size;
}

/* Returns 0, or the number of bytes not copied (all of them) on a bad range. */
long copy_from_user(void *to, const void __user *from, size_t n)
{
	if (!access_ok(from, n))
		return n;
	memcpy(to, from, n);
	return 0;
}

long copy_to_user(void __user *to, const void *from, size_t n)
{
	if (!access_ok(to, n))
		return n;
	memcpy(to, from, n);
	return 0;
}

/*
 * Copy a string of at most @count bytes.  Returns its length without the
 * NUL; @count if it did not end within @count bytes; -EFAULT if it leaves
 * the user window first.
 */
long strncpy_from_user(char *dst, const char __user *src, long count)
{
	long i;

	for (i = 0; i < count; i++) {
		if (!access_ok(src + i, 1))
			return -EFAULT;
		dst[i] = src[i];
		if (dst[i] == '\0')
			return i;
	}
	return count;
}
