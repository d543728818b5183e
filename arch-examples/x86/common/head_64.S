/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64: the first instructions.  QEMU finds the PVH entry in the ELF
 * note below and starts there in 32-bit protected mode, paging off.  Long
 * mode needs paging, so: our GDT, PAE with the early 1:1 map below, long
 * mode in EFER, paging on, and a far jump into 64-bit code.  Then clear
 * .bss, take the boot task's stack (init_thread_union) and enter
 * start_kernel() as pid 0; setup_arch() does the rest.
 */
#include <linux/linkage.h>
#include <asm/segment.h>
#include <asm/thread_info.h>
#include <asm/pgtable.h>
#include <asm/msr-index.h>

#define XEN_ELFNOTE_PHYS32_ENTRY	18

	.section .head.text, "ax"
	.code32
SYM_CODE_START(_start)
	cli				/* no interrupts, ever */
	lgdt	gdt_descr
	movl	%cr4, %eax
	orl	$X86_CR4_PAE, %eax
	movl	%eax, %cr4		/* 64-bit page table entries */
	movl	$init_level4_pgt, %eax
	movl	%eax, %cr3
	movl	$MSR_EFER, %ecx
	rdmsr
	btsl	$_EFER_LME, %eax
	wrmsr				/* long mode, once paging is on */
	movl	%cr0, %eax
	orl	$(X86_CR0_PG | X86_CR0_PE), %eax
	movl	%eax, %cr0		/* paging on: compatibility mode */
	ljmp	$__KERNEL_CS, $startup_64	/* a 64-bit cs: long mode */
SYM_CODE_END(_start)

	.code64
SYM_CODE_START_LOCAL(startup_64)
	movl	$__KERNEL_DS, %eax
	movl	%eax, %ss
	movl	%eax, %ds
	movl	%eax, %es
	xorl	%eax, %eax
	movl	%eax, %fs		/* fs, gs: unused in the kernel */
	movl	%eax, %gs
	cld
	movq	$__bss_start, %rdi	/* clear .bss, the stack with it: */
	movq	$__bss_stop, %rcx	/* nothing is on it yet */
	subq	%rdi, %rcx
	shrq	$3, %rcx
	rep stosq
	movq	$init_thread_union + THREAD_SIZE, %rsp
	call	start_kernel		/* never returns */
	ud2
SYM_CODE_END(startup_64)

	.section .rodata
	.align	4
	.word	0			/* align the base */
SYM_DATA_START_LOCAL(gdt_descr)
	.word	GDT_ENTRIES * 8 - 1
	.long	gdt_table		/* 32-bit lgdt: the low 4 GiB */
SYM_DATA_END(gdt_descr)

/*
 * The early map, as Linux's head_64.S: one entry per level down to 512
 * 2 MiB pages, 1:1 over the first 1 GiB, kernel only (paging_64.c
 * refines it).
 */
	.data
	.balign	PAGE_SIZE
SYM_DATA_START(init_level4_pgt)
	.quad	level3_ident_pgt + _KERNPG
	.fill	511, 8, 0
SYM_DATA_END(init_level4_pgt)
SYM_DATA_START(level3_ident_pgt)
	.quad	level2_ident_pgt + _KERNPG
	.fill	511, 8, 0
SYM_DATA_END(level3_ident_pgt)
SYM_DATA_START(level2_ident_pgt)
	i = 0
	.rept	512
	.quad	(i << 21) + _PAGE_PSE + _KERNPG
	i = i + 1
	.endr
SYM_DATA_END(level2_ident_pgt)

/* The PVH entry point, for QEMU's loader (its own PT_NOTE segment). */
	.section .head.note, "a", @note
	.align	4
	.long	4			/* name size */
	.long	4			/* descriptor size */
	.long	XEN_ELFNOTE_PHYS32_ENTRY
	.asciz	"Xen"
	.long	_start

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
