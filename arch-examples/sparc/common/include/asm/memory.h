/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's sun4u machine as this kernel uses it (-m 128M:
 * RAM at physical 0).  The kernel is linked where Linux's sparc64 kernel
 * is (KERNBASE 0x400000) and mapped 1:1 by two locked, privileged 4 MiB
 * TLB entries; the user window by four locked 64 KiB user entries
 * (common/mmu.c).  Every other address misses in the TLB.
 *
 * The console (a 16550 at ISA port 0x3f8) and the power register (port
 * 0x7240) sit in the PCI I/O space of the sabre host bridge at physical
 * 0x1fe02000000; the kernel reaches them with physical-bypass loads and
 * stores (ASI_PHYS_BYPASS_EC_E), as Linux's early console does.
 */
#ifndef _REF_ASM_SPARC_MEMORY_H
#define _REF_ASM_SPARC_MEMORY_H

#define KERNEL_LOAD_ADDR	0x00400000	/* Linux's KERNBASE */
#define KERNEL_MAP_END		0x00c00000	/* two 4 MiB pages */
#define USER_WINDOW_BASE	0x01000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB: four 64 KiB pages */

#define SABRE_PCI_IO		0x1fe02000000UL	/* PCI I/O space */
#define SABRE_PCI_CONFIG	0x1fe01000000UL	/* PCI configuration space */

#endif
