/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SH_SWITCH_TO_H
#define _REF_ASM_SH_SWITCH_TO_H

#include <linux/sched.h>

/*
 * entry.S resume(): push prev's r8-r14 and pr on its stack, save its sp
 * and resume address in prev->thread, load next's, and note next's stack
 * top for the next exception from user mode (kernelsp).  Returns (in
 * next's context, in r0) the task that ran before: "last" (Linux 3.8
 * arch/sh/include/asm/switch_to_32.h switch_to(), an inline asm there).
 */
struct task_struct *resume(struct task_struct *prev, struct task_struct *next);

#define switch_to(prev, next, last)					\
	((last) = resume((prev), (next)))

#endif
