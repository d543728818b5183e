/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_MIPS_SWITCH_TO_H
#define _REF_ASM_MIPS_SWITCH_TO_H

#include <linux/sched.h>

/*
 * entry.S resume(): save prev's s0-s7, sp, fp, ra and Status in
 * prev->thread, load next's, and note next's stack top for the next
 * exception from user mode (kernelsp).  Returns (in next's context) the
 * task that ran before: "last" (Linux 3.8 arch/mips/include/asm/switch_to.h).
 */
struct task_struct *resume(struct task_struct *prev, struct task_struct *next);

#define switch_to(prev, next, last)					\
	((last) = resume((prev), (next)))

#endif
