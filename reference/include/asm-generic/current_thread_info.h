/* SPDX-License-Identifier: GPL-2.0 */
/*
 * current_thread_info() for the ports whose compiler names the stack
 * pointer "sp" (arm, arm64, riscv).  As in Linux 3.x, thread_info sits at
 * the bottom of the THREAD_SIZE-aligned kernel stack, so the running task's
 * is the stack pointer rounded down.  Include it after struct thread_info.
 */
#ifndef _REF_ASM_GENERIC_CURRENT_THREAD_INFO_H
#define _REF_ASM_GENERIC_CURRENT_THREAD_INFO_H

static inline struct thread_info *current_thread_info(void)
{
	register unsigned long sp asm("sp");

	return (struct thread_info *)(sp & ~(THREAD_SIZE - 1));
}

#endif
