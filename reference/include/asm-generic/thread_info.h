/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The thread_info of the ports that keep nothing else in it (arm64,
 * riscv): the task's flags and the task, at the bottom of the
 * THREAD_SIZE-aligned kernel stack, as in Linux 3.x.  The architecture's
 * <asm/thread_info.h> defines THREAD_SIZE and includes this; arm keeps
 * its own (the switch frame lives in its thread_info).
 */
#ifndef _REF_ASM_GENERIC_THREAD_INFO_H
#define _REF_ASM_GENERIC_THREAD_INFO_H

#ifndef __ASSEMBLY__
struct task_struct;

struct thread_info {
	unsigned long flags;
	struct task_struct *task;
};

#include <asm-generic/current_thread_info.h>
#endif

#endif
