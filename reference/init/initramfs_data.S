/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The initramfs archive, linked into the kernel as read-only data.  The build
 * passes its path in INITRAMFS (a cpio made with `cpio -H newc`).
 */
	.section .rodata.initramfs, "a"
	.balign	4
	.globl	__initramfs_start, __initramfs_end
__initramfs_start:
	.incbin	INITRAMFS
__initramfs_end:
