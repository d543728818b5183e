/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ALPHA_SWITCH_TO_H
#define _REF_ASM_ALPHA_SWITCH_TO_H

#include <linux/sched.h>
#include <asm/memory.h>

/*
 * Linux 3.8 arch/alpha/include/asm/switch_to.h: entry.S alpha_switch_to
 * takes the physical address of next's PCB (what swpctx wants) and prev,
 * and returns prev in next's context.
 */
struct task_struct *alpha_switch_to(unsigned long pcbb,
				    struct task_struct *prev);

#define switch_to(P, N, L)						\
	((L) = alpha_switch_to(virt_to_phys(&task_thread_info(N)->pcb), (P)))

#endif
