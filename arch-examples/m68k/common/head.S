/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions.  QEMU loads the ELF and jumps to _start in
 * supervisor mode with the MMU off, VBR = 0 and sp = 0 (the long at RAM
 * address 0).  Mask every interrupt for good, set up the boot task's stack
 * (init_thread_union), clear .bss, point VBR at our vectors, and enter
 * start_kernel() as pid 0.
 */
#include <linux/linkage.h>
#include <asm/thread_info.h>

	.section .head.text, "ax"
SYM_CODE_START(_start)
	movew	#0x2700,%sr			| supervisor, interrupt mask 7
	lea	init_thread_union+THREAD_SIZE,%sp | sp -> top of the boot stack
	lea	__bss_start,%a0			| clear .bss (the stack is in it
	lea	__bss_stop,%a1			| too: nothing is on it yet)
1:	cmpal	%a1,%a0
	jcc	2f
	clrl	%a0@+
	jra	1b
2:	lea	vectors,%a0
	movec	%a0,%vbr			| exceptions vector through entry.S
	jra	start_kernel
SYM_CODE_END(_start)
