// SPDX-License-Identifier: GPL-2.0
/*
 * What both flows share of Linux's process_32.c / process_64.c: the C half
 * of switch_to() (<asm/switch_to.h>).
 */
#include <linux/sched.h>
#include <asm/switch_to.h>

/*
 * Runs on @next's stack, right after switch_to() moved there.  Point the
 * CPU at @next's stack top for its next trap from user mode (TSS.sp0;
 * x86_64's syscall takes kernel_stack instead, as there is no hardware
 * switch) and return @prev, which becomes "last" in @next.
 */
__switch_to_regparm struct task_struct *__switch_to(struct task_struct *prev,
						    struct task_struct *next)
{
	init_tss.sp0 = next->thread.sp0;
#ifdef CONFIG_X86_64
	kernel_stack = next->thread.sp0;
#endif
	return prev;
}
