/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The root file system: the files of the initramfs, unpacked at boot from
 * the cpio (newc) archive linked into the kernel.  Read-only, flat (a name
 * is a whole path), and every path is looked up from "/".
 */
#ifndef _REF_LINUX_RAMFS_H
#define _REF_LINUX_RAMFS_H

#include <linux/types.h>

struct ramfs_file {
	const char *name;		/* "init", "etc/notelf" */
	unsigned int mode;		/* S_IFREG | 0755, ... */
	const unsigned char *data;
	size_t size;
};

void populate_rootfs(void);
const struct ramfs_file *ramfs_lookup(const char *path);

#endif
