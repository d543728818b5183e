/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The initramfs archive, linked into the kernel as read-only data.  The build
 * passes its path in INITRAMFS (a cpio made with `cpio -H newc`).
 */
#include <linux/linkage.h>

	.section .rodata.initramfs, "a"
	.balign	4
SYM_DATA_START(__initramfs_start)
	.incbin	INITRAMFS
SYM_DATA_END_LABEL(__initramfs_start, SYM_L_GLOBAL, __initramfs_end)
