/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions and the trap table.
 *
 * QEMU's sun4u starts the CPU in RED_state at TL = MAXTL with the MMU off
 * in the boot ROM (rom/rom.S), which jumps here, to the first byte of the
 * image at KERNBASE.  Linux's head_64.S gets here from OpenBoot with the
 * MMU on and its own TLB entries; this one runs from physical memory until
 * paging_init() (common/mmu.c) turns the MMU on with the same addresses.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <asm/pstate.h>
#include <asm/asi.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

	.register %g2, #scratch
	.register %g3, #scratch
	.register %g6, #ignore
	.register %g7, #ignore

	.section .head.text, "ax"
/*
 * Linux 3.8 arch/sparc/kernel/head_64.S sparc64_boot / tlb_fixup_done, the
 * part that is left without a PROM: leave RED_state for TL 0 in privileged
 * mode, the register windows empty (all NWINDOWS - 2 free to save), %wstate
 * as in the kernel, the trap table in %tba, %g6/%g4 the boot task, and
 * start_kernel() on init_thread_union's stack with a zero frame pointer.
 */
SYM_CODE_START(_start)
	wrpr	%g0, PSTATE_PRIV, %pstate	! normal globals, no RED, no IE
	wrpr	%g0, 0, %tl
	wrpr	%g0, 0, %cwp
	wrpr	%g0, 6, %cansave		! NWINDOWS (8) - 2
	wrpr	%g0, 0, %canrestore
	wrpr	%g0, 0, %otherwin
	wrpr	%g0, 7, %cleanwin		! the kernel needs no clean windows
	wrpr	%g0, WSTATE_IN_KERNEL, %wstate
	wrpr	%g0, 0, %pil
	wr	%g0, 0, %fprs			! the FPU stays off
	sethi	%hi(sparc64_ttable_tl0), %g1
	wrpr	%g1, %lo(sparc64_ttable_tl0), %tba

	sethi	%hi(__bss_start), %g1		! clear .bss (the boot stack
	or	%g1, %lo(__bss_start), %g1	! is in it: nothing is on it)
	sethi	%hi(__bss_stop), %g2
	or	%g2, %lo(__bss_stop), %g2
1:	cmp	%g1, %g2
	bgeu,pn	%xcc, 2f
	 nop
	stx	%g0, [%g1]
	ba,pt	%xcc, 1b
	 add	%g1, 8, %g1

2:	sethi	%hi(init_thread_union), %g6
	or	%g6, %lo(init_thread_union), %g6
	sethi	%hi(init_task), %g4
	or	%g4, %lo(init_task), %g4
	sethi	%hi(trap_block), %g1
	stx	%g6, [%g1 + %lo(trap_block)]	! trap_block[0].thread
	/* The first frame: STACKFRAME_SZ under the top, biased. */
	sethi	%hi(THREAD_SIZE - STACKFRAME_SZ - STACK_BIAS), %g1
	or	%g1, %lo(THREAD_SIZE - STACKFRAME_SZ - STACK_BIAS), %g1
	add	%g6, %g1, %sp
	mov	0, %fp
	call	start_kernel
	 nop
	illtrap	0
SYM_CODE_END(_start)

/*
 * The trap table (Linux 3.8 arch/sparc/kernel/ttable_64.S): 512 entries of
 * eight instructions for traps taken at TL 0, then 512 for traps taken at
 * TL > 0, where this kernel meets only window spills and fills (in etrap's
 * save and rtrap's restore) and clean-window traps.  Spill, fill and
 * clean-window handlers own four entries each; %wstate picks which spill/
 * fill entry: normal 0 = the kernel's windows, 1 = a 64-bit user's (its
 * own, in user mode), other 1 = the user's windows still in the register
 * file while the kernel runs.
 */

/*
 * Linux 3.8 ttable.h TRAP(): etrap, the C handler with the pt_regs, rtrap.
 * Every trap at TL 0 that is not a window trap or the syscall goes here,
 * to one C function that reads the trap type from pt_regs->magic (Linux
 * has one routine per trap type).
 */
#define TRAP(routine)					\
	sethi	%hi(109f), %g7;				\
	ba,pt	%xcc, etrap;				\
109:	 or	%g7, %lo(109b), %g7;			\
	call	routine;				\
	 add	%sp, PTREGS_OFF, %o0;			\
	ba,pt	%xcc, rtrap;				\
	 nop;						\
	nop;

/* Linux 3.8 ttable.h LINUX_64BIT_SYSCALL_TRAP (SYSCALL_TRAP), the table in %l7. */
#define SYSCALL_TRAP(routine, systbl)			\
	sethi	%hi(109f), %g7;				\
	ba,pt	%xcc, etrap;				\
109:	 or	%g7, %lo(109b), %g7;			\
	sethi	%hi(systbl), %l7;			\
	ba,pt	%xcc, routine;				\
	 or	%l7, %lo(systbl), %l7;			\
	nop;						\
	nop;

/* A trap at TL > 0 that only a kernel bug or a bad user stack reaches. */
#define BTRAPTL1					\
	ba,a,pt	%xcc, bad_trap_tl1;			\
	nop; nop; nop; nop; nop; nop; nop;

/*
 * Linux 3.8 ttable.h SPILL_0_NORMAL / FILL_0_NORMAL: a kernel window, to
 * and from its biased stack, plain stores (the kernel stack is mapped).
 */
#define SPILL_KERNEL					\
	stx	%l0, [%sp + STACK_BIAS + 0x00];		\
	stx	%l1, [%sp + STACK_BIAS + 0x08];		\
	stx	%l2, [%sp + STACK_BIAS + 0x10];		\
	stx	%l3, [%sp + STACK_BIAS + 0x18];		\
	stx	%l4, [%sp + STACK_BIAS + 0x20];		\
	stx	%l5, [%sp + STACK_BIAS + 0x28];		\
	stx	%l6, [%sp + STACK_BIAS + 0x30];		\
	stx	%l7, [%sp + STACK_BIAS + 0x38];		\
	stx	%i0, [%sp + STACK_BIAS + 0x40];		\
	stx	%i1, [%sp + STACK_BIAS + 0x48];		\
	stx	%i2, [%sp + STACK_BIAS + 0x50];		\
	stx	%i3, [%sp + STACK_BIAS + 0x58];		\
	stx	%i4, [%sp + STACK_BIAS + 0x60];		\
	stx	%i5, [%sp + STACK_BIAS + 0x68];		\
	stx	%i6, [%sp + STACK_BIAS + 0x70];		\
	stx	%i7, [%sp + STACK_BIAS + 0x78];		\
	saved;						\
	retry;						\
	.rept 14; nop; .endr;

#define FILL_KERNEL					\
	ldx	[%sp + STACK_BIAS + 0x00], %l0;		\
	ldx	[%sp + STACK_BIAS + 0x08], %l1;		\
	ldx	[%sp + STACK_BIAS + 0x10], %l2;		\
	ldx	[%sp + STACK_BIAS + 0x18], %l3;		\
	ldx	[%sp + STACK_BIAS + 0x20], %l4;		\
	ldx	[%sp + STACK_BIAS + 0x28], %l5;		\
	ldx	[%sp + STACK_BIAS + 0x30], %l6;		\
	ldx	[%sp + STACK_BIAS + 0x38], %l7;		\
	ldx	[%sp + STACK_BIAS + 0x40], %i0;		\
	ldx	[%sp + STACK_BIAS + 0x48], %i1;		\
	ldx	[%sp + STACK_BIAS + 0x50], %i2;		\
	ldx	[%sp + STACK_BIAS + 0x58], %i3;		\
	ldx	[%sp + STACK_BIAS + 0x60], %i4;		\
	ldx	[%sp + STACK_BIAS + 0x68], %i5;		\
	ldx	[%sp + STACK_BIAS + 0x70], %i6;		\
	ldx	[%sp + STACK_BIAS + 0x78], %i7;		\
	restored;					\
	retry;						\
	.rept 14; nop; .endr;

/*
 * Linux 3.8 ttable.h SPILL_1_GENERIC(ASI_AIUP) / FILL_1_GENERIC: a 64-bit
 * user window, stored and loaded as if by the user (ASI_AIUP in user mode,
 * ASI_AIUS for the "other" windows while the kernel runs), so a user %sp
 * into the kernel faults instead of writing there.  retry restores %asi
 * from %tstate.  Linux branches to a window-fixup routine when such an
 * access faults (the process gets SIGSEGV); here the fault lands in
 * bad_trap_tl1 and the kernel panics: see the checklist.
 */
#define SPILL_USER(which)					\
	wr	%g0, which, %asi;				\
	stxa	%l0, [%sp + STACK_BIAS + 0x00] %asi;	\
	stxa	%l1, [%sp + STACK_BIAS + 0x08] %asi;	\
	stxa	%l2, [%sp + STACK_BIAS + 0x10] %asi;	\
	stxa	%l3, [%sp + STACK_BIAS + 0x18] %asi;	\
	stxa	%l4, [%sp + STACK_BIAS + 0x20] %asi;	\
	stxa	%l5, [%sp + STACK_BIAS + 0x28] %asi;	\
	stxa	%l6, [%sp + STACK_BIAS + 0x30] %asi;	\
	stxa	%l7, [%sp + STACK_BIAS + 0x38] %asi;	\
	stxa	%i0, [%sp + STACK_BIAS + 0x40] %asi;	\
	stxa	%i1, [%sp + STACK_BIAS + 0x48] %asi;	\
	stxa	%i2, [%sp + STACK_BIAS + 0x50] %asi;	\
	stxa	%i3, [%sp + STACK_BIAS + 0x58] %asi;	\
	stxa	%i4, [%sp + STACK_BIAS + 0x60] %asi;	\
	stxa	%i5, [%sp + STACK_BIAS + 0x68] %asi;	\
	stxa	%i6, [%sp + STACK_BIAS + 0x70] %asi;	\
	stxa	%i7, [%sp + STACK_BIAS + 0x78] %asi;	\
	saved;						\
	retry;						\
	.rept 13; nop; .endr;

#define FILL_USER(which)					\
	wr	%g0, which, %asi;				\
	ldxa	[%sp + STACK_BIAS + 0x00] %asi, %l0;	\
	ldxa	[%sp + STACK_BIAS + 0x08] %asi, %l1;	\
	ldxa	[%sp + STACK_BIAS + 0x10] %asi, %l2;	\
	ldxa	[%sp + STACK_BIAS + 0x18] %asi, %l3;	\
	ldxa	[%sp + STACK_BIAS + 0x20] %asi, %l4;	\
	ldxa	[%sp + STACK_BIAS + 0x28] %asi, %l5;	\
	ldxa	[%sp + STACK_BIAS + 0x30] %asi, %l6;	\
	ldxa	[%sp + STACK_BIAS + 0x38] %asi, %l7;	\
	ldxa	[%sp + STACK_BIAS + 0x40] %asi, %i0;	\
	ldxa	[%sp + STACK_BIAS + 0x48] %asi, %i1;	\
	ldxa	[%sp + STACK_BIAS + 0x50] %asi, %i2;	\
	ldxa	[%sp + STACK_BIAS + 0x58] %asi, %i3;	\
	ldxa	[%sp + STACK_BIAS + 0x60] %asi, %i4;	\
	ldxa	[%sp + STACK_BIAS + 0x68] %asi, %i5;	\
	ldxa	[%sp + STACK_BIAS + 0x70] %asi, %i6;	\
	ldxa	[%sp + STACK_BIAS + 0x78] %asi, %i7;	\
	restored;					\
	retry;						\
	.rept 13; nop; .endr;

/*
 * Linux 3.8 ttable.h CLEAN_WINDOW: a save found no clean window (user
 * mode: rtrap sets %cleanwin to %canrestore, so a user never sees what
 * the kernel left in a window).  CWP is the window to clean.
 */
#define CLEAN_WINDOW					\
	rdpr	%cleanwin, %l0;				\
	add	%l0, 1, %l0;				\
	wrpr	%l0, 0x0, %cleanwin;			\
	clr	%o0; clr %o1; clr %o2; clr %o3;		\
	clr	%o4; clr %o5; clr %o6; clr %o7;		\
	clr	%l0; clr %l1; clr %l2; clr %l3;		\
	clr	%l4; clr %l5; clr %l6; clr %l7;		\
	retry;						\
	.rept 12; nop; .endr;

/* Fill the table up to entry @tt (of the half at @base) with @fill. */
	.macro	UPTO base, tt, fill
	.rept	((\tt) * 32 - (. - \base)) / 32
	\fill
	.endr
	.endm

	.macro	TRAP_SPARC64
	TRAP(sparc64_trap)
	.endm
	.macro	BTRAP_TL1
	BTRAPTL1
	.endm

	.section .text.vectors, "ax"
	.align	32768
SYM_CODE_START(sparc64_ttable_tl0)
	UPTO	sparc64_ttable_tl0, 0x024, TRAP_SPARC64
	CLEAN_WINDOW				! 0x024-0x027
	UPTO	sparc64_ttable_tl0, 0x080, TRAP_SPARC64
	SPILL_KERNEL				! 0x080 spill_0_normal
	SPILL_USER(ASI_AIUP)			! 0x084 spill_1_normal
	UPTO	sparc64_ttable_tl0, 0x0a4, TRAP_SPARC64
	SPILL_USER(ASI_AIUS)			! 0x0a4 spill_1_other
	UPTO	sparc64_ttable_tl0, 0x0c0, TRAP_SPARC64
	FILL_KERNEL				! 0x0c0 fill_0_normal
	FILL_USER(ASI_AIUP)			! 0x0c4 fill_1_normal
	UPTO	sparc64_ttable_tl0, 0x0e4, TRAP_SPARC64
	FILL_USER(ASI_AIUS)			! 0x0e4 fill_1_other
	UPTO	sparc64_ttable_tl0, 0x16d, TRAP_SPARC64
	SYSCALL_TRAP(linux_sparc_syscall, sys_call_table) ! 0x16d: ta 0x6d
	UPTO	sparc64_ttable_tl0, 0x200, TRAP_SPARC64

sparc64_ttable_tl1:
	UPTO	sparc64_ttable_tl1, 0x024, BTRAP_TL1
	CLEAN_WINDOW
	UPTO	sparc64_ttable_tl1, 0x080, BTRAP_TL1
	SPILL_KERNEL
	SPILL_USER(ASI_AIUP)
	UPTO	sparc64_ttable_tl1, 0x0a4, BTRAP_TL1
	SPILL_USER(ASI_AIUS)
	UPTO	sparc64_ttable_tl1, 0x0c0, BTRAP_TL1
	FILL_KERNEL
	FILL_USER(ASI_AIUP)
	UPTO	sparc64_ttable_tl1, 0x0e4, BTRAP_TL1
	FILL_USER(ASI_AIUS)
	UPTO	sparc64_ttable_tl1, 0x200, BTRAP_TL1
SYM_CODE_END(sparc64_ttable_tl0)
