/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions, run by the host's ELF loader like any static
 * program's.  Leave the host's stack for the boot task's own
 * (init_thread_union: current comes from rsp) and enter start_kernel()
 * as pid 0.  The loader has cleared .bss.
 */
#include <linux/linkage.h>
#include <asm/thread_info.h>

	.section .head.text, "ax"
SYM_CODE_START(_start)
	leaq	init_thread_union + THREAD_SIZE(%rip), %rsp	/* pid 0's stack */
	xorl	%ebp, %ebp		/* no caller frame */
	call	start_kernel
	ud2				/* start_kernel never returns */
SYM_CODE_END(_start)

/*
 * Not in Linux: the one instruction the kernel makes the host child run
 * on its own behalf (skas.c unmap_kernel_in_child()): a host system call
 * with the registers the tracer set.  The child never returns here: the
 * call unmaps this very page, and the tracer replaces its registers at
 * the syscall-exit stop.
 */
SYM_CODE_START(um_stub_syscall)
	syscall
	ud2
SYM_CODE_END(um_stub_syscall)

	/* No executable stack. */
	.section .note.GNU-stack, "", @progbits
