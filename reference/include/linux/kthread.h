/* SPDX-License-Identifier: GPL-2.0 */
/* Kernel threads made by kthreadd (kernel/kthread.c). */
#ifndef _REF_LINUX_KTHREAD_H
#define _REF_LINUX_KTHREAD_H

#include <linux/sched.h>

struct task_struct *kthread_create(int (*threadfn)(void *data), void *data,
				   const char *name);
int kthreadd(void *unused);
extern struct task_struct *kthreadd_task;

/* Create a kthread and let it run. */
static inline struct task_struct *kthread_run(int (*threadfn)(void *),
					      void *data, const char *name)
{
	struct task_struct *k = kthread_create(threadfn, data, name);

	if (k)
		wake_up_process(k);
	return k;
}

#endif
