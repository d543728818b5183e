/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's arm "virt" machine as this kernel uses it
 * (-m 256M: RAM is 0x40000000-0x4fffffff).
 */
#ifndef _REF_ASM_ARM_MEMORY_H
#define _REF_ASM_ARM_MEMORY_H

#define PHYS_OFFSET		0x40000000	/* RAM, mapped 1:1 */
#define KERNEL_LOAD_ADDR	0x40010000
#define USER_WINDOW_BASE	0x48000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB */
#define PL011_BASE		0x09000000	/* UART0 */

#endif
