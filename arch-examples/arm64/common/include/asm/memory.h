/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's arm64 "virt" machine as this kernel uses it
 * (-m 256M: RAM is 0x40000000-0x4fffffff), mapped 1:1 by mmu.c.
 */
#ifndef _REF_ASM_ARM64_MEMORY_H
#define _REF_ASM_ARM64_MEMORY_H

#define PHYS_OFFSET		0x40000000	/* RAM */
#define PHYS_SIZE		0x10000000	/* -m 256M */
#define KERNEL_LOAD_ADDR	0x40080000	/* Linux's TEXT_OFFSET */
#define USER_WINDOW_BASE	0x48000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB */
#define PL011_BASE		0x09000000	/* UART0 */

#endif
