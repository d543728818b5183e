/* SPDX-License-Identifier: GPL-2.0 */
/*
 * um's memory map, inside the kernel's host process.  The kernel links at
 * 0x60000000, where Linux's um linked on x86_64 (Linux 3.8
 * arch/x86/Makefile.um: START := 0x60000000).  The user window is a
 * shared memory file mapped at ld's default x86_64 text address both here
 * and in each mm's host process, so a store by one is seen by the others.
 */
#ifndef _REF_ASM_UM_MEMORY_H
#define _REF_ASM_UM_MEMORY_H

#define KERNEL_LOAD_ADDR	0x60000000
#define USER_WINDOW_BASE	0x00400000	/* USER_BASE in um.mk */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB */

#endif
