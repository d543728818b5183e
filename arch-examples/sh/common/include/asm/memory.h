/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's r2d (SH7751R, 64 MiB of SDRAM at physical
 * 0x0c000000) as this kernel uses it.  QEMU loads the raw image at
 * physical 0x0c800000 and enters it at its P2 alias (uncached: physical +
 * 0xa0000000); the kernel is linked at the P1 alias (cached, unmapped:
 * physical + 0x80000000), where head.S jumps first.
 */
#ifndef _REF_ASM_SH_MEMORY_H
#define _REF_ASM_SH_MEMORY_H

#define P1SEG			0x80000000
#define P2SEG			0xa0000000
#define KERNEL_LOAD_ADDR	0x8c800000
/*
 * User programs link at USER_WINDOW_BASE in U0 (below 0x80000000, the only
 * area user mode may touch); four 64 KiB UTLB entries map it to the
 * physical USER_WINDOW_PHYS, above the kernel image.  Any other user
 * address misses the TLB and faults.
 */
#define USER_WINDOW_BASE	0x00400000
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB: 4 x 64 KiB pages */
#define USER_WINDOW_PHYS	0x0e000000
#define SH_SCI_BASE		0xffe00000	/* the SCI (P4, on chip) */
#define R2D_FPGA_POWOFF		(P2SEG + 0x04000030)	/* 16 bits: 1 = off */

#endif
