/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64 on QEMU's pseries (-m 256M, RAM from 0), through <asm/memory.h>.
 * VOF loads the image at (paddr & 0x0fffffff) + 0x400000: linked at
 * 0x400000 with load address 0 (KERNEL_LOAD_PHYS, reference/kernel.lds.S)
 * it lands where it is linked.  mmu_64.c maps effective = real address
 * with 4 KiB pages in the hash table: the kernel's 64 MiB from 0
 * (supervisor only, the interrupt vectors at 0 included) and the user
 * window above it (user and supervisor); one SLB entry covers both (the
 * first 256 MiB segment).  Any other user access faults: SIGSEGV.
 */
#ifndef _REF_ASM_POWERPC_MEMORY_64_H
#define _REF_ASM_POWERPC_MEMORY_64_H

#define KERNEL_LOAD_ADDR	0x00400000
#define KERNEL_LOAD_PHYS	0
#define KERNEL_MAP_SIZE		0x04000000	/* 64 MiB, supervisor only */
#define USER_WINDOW_BASE	0x04000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB */

#endif
