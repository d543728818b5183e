/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's clipper as this kernel uses it (-m 64M).  The
 * kernel runs in KSEG, the kernel-only superpage that maps all physical
 * memory at IDENT_ADDR, linked where Linux's alpha kernel is
 * (0xfffffc0000310000; the PALcode and its tables sit below).  The user
 * window is an ordinary virtual range mapped by the page table
 * (common/mmu.c).  COM1 is ISA port 0x3f8 in the Typhoon's PCI I/O space
 * (physical 0x801fc000000), reached through KSEG.  The 41-bit KSEG maps
 * VA bit 40 to physical bit 43, as the Typhoon's I/O space wants (Linux
 * 3.8 arch/alpha/include/asm/core_tsunami.h TSUNAMI_BIAS with
 * CONFIG_ALPHA_TSUNAMI's 43-bit to 41-bit folding; QEMU's KSEG does the same).
 */
#ifndef _REF_ASM_ALPHA_MEMORY_H
#define _REF_ASM_ALPHA_MEMORY_H

#define IDENT_ADDR		0xfffffc0000000000
#define KERNEL_LOAD_ADDR	0xfffffc0000310000
#define USER_WINDOW_BASE	0x10000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB: 32 pages */
#define TYPHOON_PCI_IO		(IDENT_ADDR + 0x101fc000000)
#define SERIAL_8250_BASE	(TYPHOON_PCI_IO + 0x3f8)

#ifndef __ASSEMBLY__
#define virt_to_phys(p)		((unsigned long)(p) - IDENT_ADDR)
#endif

#endif
