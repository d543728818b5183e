/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions (Linux's arch/sh/kernel/head_32.S _stext).
 * QEMU's r2d loads the raw image at physical 0x0c800000 and jumps to its
 * first byte through the P2 alias, with SR as reset leaves it: MD, RB and
 * BL set, interrupts masked.
 *
 * Jump to the P1 link address, point VBR at the vectors (entry.S), take
 * the boot task's stack (the top of init_thread_union), clear .bss, then
 * set SR to the kernel's -- MD, bank 0, BL off, FD (no FPU), IMASK 15 --
 * and enter start_kernel() as pid 0.  setup_arch() sets up the TLB.
 */
#include <linux/linkage.h>
#include <asm/cpu.h>
#include <asm/thread_info.h>

	.section .head.text, "ax"
SYM_CODE_START(_start)
	mov.l	.Lp1, r0
	jmp	@r0			! from P2 (where QEMU entered) to P1
	 nop
	.balign	4
.Lp1:	.long	1f
1:	mov.l	.Lsr_boot, r0
	ldc	r0, sr			! bank 0 from here; BL still set
	mov.l	.Lvbr, r0
	ldc	r0, vbr
	mov.l	.Lstack, r15		! r15: the stack pointer
	mov.l	.Lbss_start, r1		! clear .bss (the stack is in it too:
	mov.l	.Lbss_stop, r2		! nothing is on it yet)
	mov	#0, r0
2:	cmp/hs	r2, r1
	bt	3f
	mov.l	r0, @r1
	bra	2b
	 add	#4, r1			! (delay slot)
3:	mov.l	.Lsr_kernel, r0
	ldc	r0, sr			! BL off: exceptions go to VBR now
	mov.l	.Lstart_kernel, r0
	jmp	@r0
	 nop
	.balign	4
.Lsr_boot:	.long	SR_MD | SR_BL | SR_FD | SR_IMASK
.Lsr_kernel:	.long	SR_MD | SR_FD | SR_IMASK
.Lvbr:		.long	vbr_base
.Lstack:	.long	init_thread_union + THREAD_SIZE
.Lbss_start:	.long	__bss_start
.Lbss_stop:	.long	__bss_stop
.Lstart_kernel:	.long	start_kernel
SYM_CODE_END(_start)
