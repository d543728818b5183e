/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions.  QEMU loads the ELF and starts it at its entry
 * with the IPL PSW: 64-bit addressing, DAT off, supervisor state, every
 * interruption disabled.  Linux's head64.S gets there from an IPL in
 * ESA/390 mode through a SIGP; QEMU's -kernel is already in z/Architecture.
 *
 * Tell the lowcore the boot task (init_task, init_thread_union: what
 * __switch_to keeps there for every task), clear .bss, and enter
 * start_kernel() as pid 0 on an empty frame with a zero back chain.
 */
#include <linux/linkage.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

	.section .head.text, "ax"
SYM_CODE_START(_start)
	larl	%r2,__bss_start			# clear .bss (the boot stack is
	larl	%r3,__bss_stop			# in it too: nothing is on it yet)
1:	clgr	%r2,%r3
	jhe	2f
	xc	0(16,%r2),0(%r2)		# both ends are 16-byte aligned
	aghi	%r2,16
	j	1b
2:	larl	%r1,init_task
	stg	%r1,__LC_CURRENT
	larl	%r1,init_thread_union
	stg	%r1,__LC_THREAD_INFO
	aghi	%r1,THREAD_SIZE
	stg	%r1,__LC_KERNEL_STACK
	lay	%r15,-STACK_FRAME_OVERHEAD(%r1)	# the first frame
	xc	__SF_BACKCHAIN(8,%r15),__SF_BACKCHAIN(%r15)
	jg	start_kernel
SYM_CODE_END(_start)
