/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel types.  The __u32 family comes from the real UAPI header of the
 * target (Debian's linux-libc-dev-<arch>-cross); the short names and the
 * kernel-only types are ours, as in Linux's include/linux/types.h.
 */
#ifndef _REF_LINUX_TYPES_H
#define _REF_LINUX_TYPES_H

#include_next <linux/types.h>
#include <stddef.h>
#include <stdbool.h>

typedef __u8 u8;
typedef __u16 u16;
typedef __u32 u32;
typedef __u64 u64;
typedef __s32 s32;
typedef __s64 s64;
typedef int pid_t;
typedef unsigned int uid_t;
typedef long ssize_t;

/* Marks a pointer into the user window; see <linux/uaccess.h>. */
#define __user

#endif
