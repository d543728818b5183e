/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's m68k "virt" machine as this kernel uses it
 * (-m 32M: RAM is 0x00000000-0x01ffffff).  The MMU gives the kernel and the
 * user window one 16 MiB region each (common/mmu.c).
 */
#ifndef _REF_ASM_M68K_MEMORY_H
#define _REF_ASM_M68K_MEMORY_H

#define KERNEL_LOAD_ADDR	0x00002000	/* above the reset vectors */
#define USER_WINDOW_BASE	0x01000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB */
#define GOLDFISH_TTY_BASE	0xff008000	/* the console */
#define VIRT_CTRL_BASE		0xff009000	/* power off, panic */

#endif
