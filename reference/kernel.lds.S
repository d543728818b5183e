/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The kernel image, for every architecture: one load address from
 * <asm/memory.h>, head.S's .head.text first (some loaders jump to the first
 * byte), then text, read-only data (the initramfs too), data and .bss,
 * which head.S clears.  If <asm/memory.h> defines KERNEL_LOAD_PHYS, the
 * image's load (physical) address differs from KERNEL_LOAD_ADDR: the first
 * section says so with AT() and ld keeps that offset for the rest.
 */
#include <asm/memory.h>

#ifdef KERNEL_LOAD_PHYS
#define KERNEL_AT	AT(KERNEL_LOAD_PHYS)
#else
#define KERNEL_AT
#endif

ENTRY(_start)
SECTIONS
{
	. = KERNEL_LOAD_ADDR;
	_text = .;
	.text : KERNEL_AT {
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
