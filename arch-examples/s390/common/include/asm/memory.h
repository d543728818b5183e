/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's s390-ccw-virtio machine as this kernel uses it
 * (-m 64M: real storage 0x00000000-0x03ffffff).  The lowcore is the first
 * 8 KiB (prefix 0).  QEMU treats an ELF entry at 0x10000 or 0x800 as a
 * Linux image and patches it, so this one is linked at 0x20000.  The user
 * window is the start of a 1 MiB segment, the unit of the user's segment
 * table (common/mmu.c).
 */
#ifndef _REF_ASM_S390_MEMORY_H
#define _REF_ASM_S390_MEMORY_H

#define KERNEL_LOAD_ADDR	0x00020000
#define USER_WINDOW_BASE	0x01000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB */

#endif
