/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The boot ROM for QEMU's sun4u (-bios): the CPU resets at the ROM's
 * base + 0x20 in RED_state with the MMU off; jump to the kernel's first
 * byte at KERNBASE, where QEMU's -kernel put the ELF's segments.  (In
 * place of OpenBIOS, whose boot costs about 2 s of every test run.)
 */
	.text
	.skip	0x20			! the power-on reset vector
	sethi	%hi(0x400000), %g1	! KERNEL_LOAD_ADDR
	jmp	%g1
	 nop
