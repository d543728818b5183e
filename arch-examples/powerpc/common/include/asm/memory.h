/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory maps this kernel uses.
 *
 * ppc32, QEMU's ppce500 (-m 128M, RAM from 0): the MMU is always on
 * (Book E), through the TLB1 entries head_32.S writes: the kernel's
 * 64 MiB at 0 (supervisor only), the user window above it (user and
 * supervisor), and the CCSR block, at physical 0xf_e000_0000 (36-bit),
 * mapped at CCSR_BASE: the DUART (a 16550) and the reset register.
 * ppc64, QEMU's pseries: asm/memory_64.h.
 */
#ifndef _REF_ASM_POWERPC_MEMORY_H
#define _REF_ASM_POWERPC_MEMORY_H

#ifdef CONFIG_PPC64
#include <asm/memory_64.h>
#else
#define KERNEL_LOAD_ADDR	0x00100000
#define KERNEL_MAP_SIZE		0x04000000	/* TLB1 entry 0: 64 MiB */
#define USER_WINDOW_BASE	0x04000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB: TLB1 entry 1 */
#define CCSR_BASE		0xe0000000	/* virtual; TLB1 entry 2, 1 MiB */
#define CCSR_PHYS_HIGH		0xf		/* physical 0xf_e000_0000 */
#define SERIAL_8250_BASE	(CCSR_BASE + 0x4500)	/* DUART channel 0 */
#define GUTS_RSTCR		(CCSR_BASE + 0xe00b0)	/* reset control */
#endif

#endif
