/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ARM64_SWITCH_TO_H
#define _REF_ASM_ARM64_SWITCH_TO_H

#include <linux/sched.h>

/*
 * entry.S: save prev's callee-saved registers, sp and resume address in
 * prev->thread.cpu_context, load next's.  Returns (in next's context) the
 * task that was running before: "last".  Linux's __switch_to() wraps it to
 * switch FP/SIMD and TLS state too; this kernel has neither.
 */
struct task_struct *cpu_switch_to(struct task_struct *prev,
				  struct task_struct *next);

#define switch_to(prev, next, last)	((last) = cpu_switch_to((prev), (next)))

#endif
