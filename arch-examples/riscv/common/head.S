/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The first instructions.  With -bios none QEMU's reset code jumps to
 * 0x80000000, the first byte of this image, in M-mode with paging off.
 *
 * Why M-mode and not S-mode under OpenSBI: nothing here needs firmware,
 * the sifive_test device gives QEMU's exit status directly, and the PMP
 * (setup.c) keeps U-mode inside the user window for two CSR writes.  So
 * this kernel is Linux's M-mode build (CONFIG_RISCV_M_MODE, 5.7+) in
 * spirit: mstatus, mepc, mscratch and mret where S-mode Linux has the
 * s-prefixed CSRs and sret.
 *
 * Turn off interrupt sources and the FPU, point mtvec at the trap entry,
 * mark "in the kernel" in mscratch, take the boot task's stack
 * (init_thread_union), clear .bss and enter start_kernel() as pid 0.
 */
#include <linux/linkage.h>
#include <asm/csr.h>
#include <asm/thread_info.h>

	.section .head.text, "ax"
SYM_CODE_START(_start)
	csrw	mie, zero		# no interrupt source, ever
	li	t0, SR_MIE | SR_FS
	csrc	mstatus, t0		# interrupts off; FPU off: FP is illegal
	lla	t0, handle_exception
	csrw	mtvec, t0		# every trap, direct mode (entry.S)
	csrw	mscratch, zero		# 0: a trap now comes from the kernel
	lla	sp, init_thread_union + THREAD_SIZE
	lla	t0, __bss_start		# clear .bss (the stack is in it too:
	lla	t1, __bss_stop		# nothing is on it yet)
1:	bgeu	t0, t1, 2f
	sd	zero, 0(t0)
	addi	t0, t0, 8
	j	1b
2:	tail	start_kernel
SYM_CODE_END(_start)
