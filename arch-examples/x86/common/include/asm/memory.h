/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's microvm machine as this kernel uses it
 * (-m 256M: RAM is 0-0x0fffffff, identity-mapped by paging_init()).
 */
#ifndef _REF_ASM_X86_MEMORY_H
#define _REF_ASM_X86_MEMORY_H

#define RAM_SIZE		0x10000000	/* -m 256M */
#define KERNEL_LOAD_ADDR	0x01000000	/* Linux's CONFIG_PHYSICAL_START */

/* User programs link at ld's default text address for the target. */
#ifdef CONFIG_X86_32
#define USER_WINDOW_BASE	0x08048000
#else
#define USER_WINDOW_BASE	0x00400000
#endif
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB */

/* I/O ports */
#define SERIAL_PORT		0x3f8		/* COM1, a 16550 */
#define DEBUG_EXIT_PORT		0xf4		/* -device isa-debug-exit */

#endif
