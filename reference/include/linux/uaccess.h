/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Copying to and from user memory.
 *
 * A user pointer is valid when the whole range lies in the user window
 * (<linux/mm.h>); anything else is -EFAULT, never a kernel fault.  A task
 * running with KERNEL_DS (a kernel thread, see <linux/sched.h>) may pass
 * kernel pointers, as with set_fs(KERNEL_DS) in Linux 3.x.
 */
#ifndef _REF_LINUX_UACCESS_H
#define _REF_LINUX_UACCESS_H

#include <linux/types.h>

bool access_ok(const void __user *addr, size_t size);
long copy_from_user(void *to, const void __user *from, size_t n);
long copy_to_user(void __user *to, const void *from, size_t n);
long strncpy_from_user(char *dst, const char __user *src, long count);

#define get_user(x, ptr)	copy_from_user(&(x), (ptr), sizeof(*(ptr)))
#define put_user(x, ptr) ({						\
	__typeof__(*(ptr)) __pu_val = (x);				\
	copy_to_user((ptr), &__pu_val, sizeof(*(ptr)));			\
})

#endif
