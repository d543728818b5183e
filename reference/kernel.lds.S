/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel image, for every architecture: one load address from
 * <asm/memory.h>, head.S's .head.text first (some loaders jump to the first
 * byte), then text, read-only data (the initramfs too), data and .bss,
 * which head.S clears.
 */
#include <asm/memory.h>

ENTRY(_start)
SECTIONS
{
	. = KERNEL_LOAD_ADDR;
	_text = .;
	.text : {
		*(.head.text)
		*(.text.vectors)
		*(.text .text.*)
	}
	.rodata : { *(.rodata .rodata.*) }
	.data : { *(.data .data.*) *(.sdata .sdata.*) }
	.bss (NOLOAD) : ALIGN(16) {
		__bss_start = .;
		*(.bss .bss.*) *(.sbss .sbss.*) *(COMMON)
		. = ALIGN(16);
		__bss_stop = .;
	}
	_end = .;
	/DISCARD/ : { *(.comment) *(.note.*) *(.ARM.exidx*) *(.ARM.extab*) *(.eh_frame*) }
}
