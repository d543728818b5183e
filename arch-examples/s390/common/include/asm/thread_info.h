/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390's thread_info, at the bottom of the 16 KiB kernel stack (64-bit
 * THREAD_ORDER 2 in Linux 3.x).  As in Linux, the running task and its
 * thread_info are not found from the stack pointer but in the lowcore,
 * where __switch_to stores them (<asm/lowcore.h>).
 */
#ifndef _REF_ASM_S390_THREAD_INFO_H
#define _REF_ASM_S390_THREAD_INFO_H

#define THREAD_SIZE		16384

#ifndef __ASSEMBLY__
#include <asm/lowcore.h>

struct task_struct;

/* Linux's also has flags (TIF_*) and more; nothing here sets them. */
struct thread_info {
	struct task_struct *task;
};

static inline struct thread_info *current_thread_info(void)
{
	return (struct thread_info *)S390_lowcore.thread_info;
}

/* Linux's <asm/current.h>: the lowcore's current_task. */
#define current	((struct task_struct *)S390_lowcore.current_task)
#endif

#endif
