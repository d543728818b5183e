/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's Malta as this kernel uses it (-m 128M).  The
 * kernel is linked in KSEG0 (cached, unmapped: virtual = physical +
 * 0x80000000) at 0x80100000, as Linux's malta kernels; the exception
 * vectors are copied to the bottom of KSEG0 (setup.c).  Devices are reached
 * through KSEG1 (uncached: physical + 0xa0000000).
 */
#ifndef _REF_ASM_MIPS_MEMORY_H
#define _REF_ASM_MIPS_MEMORY_H

#define KSEG0			0x80000000
#define KSEG1			0xa0000000
#define KERNEL_LOAD_ADDR	0x80100000
/*
 * User programs link at USER_WINDOW_BASE in kuseg; one wired TLB entry
 * maps it (a 256 KiB even page, the odd page invalid) to the physical
 * USER_WINDOW_PHYS, above the kernel image.
 */
#define USER_WINDOW_BASE	0x00400000
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB, one TLB page */
#define USER_WINDOW_PHYS	0x04000000
#define SERIAL_8250_BASE	0xb80003f8	/* ISA COM1: I/O 0x18000000 + 0x3f8 */

#endif
