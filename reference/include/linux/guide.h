/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Not Linux: the guide's instruments, compiled in by CONFIG_GUIDE and kept
 * out of the code the guide shows, so that do_fork() reads like Linux's.
 */
#ifndef _LINUX_GUIDE_H
#define _LINUX_GUIDE_H

#ifdef CONFIG_GUIDE
/* Called by wake_up_new_task(): kernel/guide.c. */
void show_newborn_stack(struct task_struct *p);

/*
 * tools/measure.py counts the instructions from the fork trap to
 * do_fork()'s first one, the cost of reaching it with pt_regs in both
 * flows; that needs do_fork() out of line (Linux never inlines it either:
 * it is too big, but GCC could inline it into a lone caller).
 */
extern __typeof__(do_fork) do_fork __attribute__((__noinline__));
#else
#define show_newborn_stack(p)	((void)(p))
#endif

#endif /* _LINUX_GUIDE_H */
