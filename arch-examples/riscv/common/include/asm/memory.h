/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The memory map of QEMU's riscv "virt" machine as this kernel uses it
 * (-m 128M: RAM is 0x80000000-0x87ffffff).  With -bios none the hart
 * starts in M-mode at the first byte of RAM: the kernel is linked there.
 */
#ifndef _REF_ASM_RISCV_MEMORY_H
#define _REF_ASM_RISCV_MEMORY_H

#define KERNEL_LOAD_ADDR	0x80000000
#define USER_WINDOW_BASE	0x84000000	/* user programs link here */
#define USER_WINDOW_SIZE	0x00040000	/* 256 KiB, a PMP NAPOT region */
#define SERIAL_8250_BASE	0x10000000	/* UART0, ns16550a */
#define SIFIVE_TEST_BASE	0x00100000	/* "sifive,test0": ends QEMU */

#endif
