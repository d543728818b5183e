/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm's thread_info, at the bottom of the 8 KiB kernel stack (Linux 3.x).
 * cpu_context is what __switch_to saves and loads: the callee-saved
 * registers, sp, and the pc to resume at.
 */
#ifndef _REF_ASM_ARM_THREAD_INFO_H
#define _REF_ASM_ARM_THREAD_INFO_H

#define THREAD_SIZE		8192
/* The top 8 bytes are never used, as in Linux: THREAD_START_SP. */
#define THREAD_START_SP		(THREAD_SIZE - 8)

#ifndef __ASSEMBLY__
#include <linux/types.h>

struct task_struct;

struct cpu_context_save {
	__u32 r4, r5, r6, r7, r8, r9, sl, fp;
	__u32 sp;
	__u32 pc;
};

struct thread_info {
	unsigned long flags;
	struct task_struct *task;
	struct cpu_context_save cpu_context;
};

#include <asm-generic/current_thread_info.h>
#endif

#endif
