/* SPDX-License-Identifier: GPL-2.0 */
/*
 * asm-offsets: each architecture's asm-offsets.c is compiled to assembly
 * only; every DEFINE() leaves a "->NAME value" marker in it, which
 * tools/asm-offsets.py turns into <generated/asm-offsets.h> for the entry
 * code and into asm-offsets.json for the stack diagrams of the guide.
 */
#ifndef _REF_LINUX_KBUILD_H
#define _REF_LINUX_KBUILD_H

#include <linux/sched.h>

#define DEFINE(sym, val) \
	asm volatile("\n.ascii \"->" #sym " %0 " #val "\"" : : "i" (val))
#define OFFSET(sym, str, mem)	DEFINE(sym, offsetof(struct str, mem))

/*
 * What every architecture reports for the generated stack diagrams: the
 * kernel stack and where thread_info, the canary and pt_regs sit in it.
 * @pt_regs_offset is task_pt_regs() as an offset from the stack base.
 */
#define COMMON_ASM_OFFSETS(pt_regs_offset)				\
	DEFINE(STACK_SIZE, THREAD_SIZE);				\
	DEFINE(TI_SIZE, sizeof(struct thread_info));			\
	DEFINE(STACK_END_OFFSET, sizeof(struct thread_info));		\
	DEFINE(PT_REGS_SIZE, sizeof(struct pt_regs));			\
	DEFINE(PT_REGS_OFFSET, pt_regs_offset)

#endif
