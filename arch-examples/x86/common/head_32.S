/* SPDX-License-Identifier: GPL-2.0 */
/*
 * i386: the first instructions.  QEMU's multiboot loader puts the ELF in
 * place and jumps to _start in 32-bit protected mode, paging off, on flat
 * segments of its own GDT.  Load ours, clear .bss, take the boot task's
 * stack (init_thread_union) and enter start_kernel() as pid 0; setup_arch()
 * does the rest (TSS, IDT, paging).
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/thread_info.h>

#define MULTIBOOT_MAGIC	0x1badb002	/* multiboot v1; flags 0: ELF loading */

	.section .head.text, "ax"
	.code32
	.align	4
SYM_DATA_START_LOCAL(multiboot_header)	/* within the file's first 8 KiB */
	.long	MULTIBOOT_MAGIC, 0, -MULTIBOOT_MAGIC
SYM_DATA_END(multiboot_header)

SYM_CODE_START(_start)
	cli				/* no interrupts, ever */
	lgdt	gdt_descr
	ljmp	$__KERNEL_CS, $1f	/* cs = ours */
1:	movl	$__KERNEL_DS, %eax
	movl	%eax, %ss
	movl	%eax, %ds
	movl	%eax, %es
	xorl	%eax, %eax
	movl	%eax, %fs		/* fs, gs: unused in the kernel */
	movl	%eax, %gs
	cld
	movl	$__bss_start, %edi	/* clear .bss, the stack with it: */
	movl	$__bss_stop, %ecx	/* nothing is on it yet */
	subl	%edi, %ecx
	shrl	$2, %ecx
	rep stosl
	movl	$init_thread_union + THREAD_SIZE, %esp
	call	start_kernel		/* never returns */
	ud2
SYM_CODE_END(_start)

	.section .rodata
	.align	4
	.word	0			/* align the base */
SYM_DATA_START_LOCAL(gdt_descr)
	.word	GDT_ENTRIES * 8 - 1
	.long	gdt_table
SYM_DATA_END(gdt_descr)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
