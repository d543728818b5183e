/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Wait queues and completions.
 *
 * The reference kernel runs one CPU and never preempts: a task loses the CPU
 * only by calling schedule().  So "test the condition, then sleep" cannot
 * race with a wake-up, and a wait queue is just a list of sleepers.
 */
#ifndef _REF_LINUX_WAIT_H
#define _REF_LINUX_WAIT_H

#include_next <linux/wait.h>	/* WNOHANG, __WALL, ... (UAPI) */
#include <linux/types.h>

struct task_struct;

struct wait_queue_entry {
	struct task_struct *task;
	struct wait_queue_entry *next;
};

struct wait_queue_head {
	struct wait_queue_entry *first;
};

void sleep_on(struct wait_queue_head *q);
void wake_up(struct wait_queue_head *q);

/* Sleep on @q until @cond holds.  Caller must not hold anything. */
#define wait_event(q, cond) do {			\
	while (!(cond))					\
		sleep_on(q);				\
} while (0)

struct completion {
	unsigned int done;
	struct wait_queue_head wait;
};

void complete(struct completion *x);
void wait_for_completion(struct completion *x);

/* wait4() option the kernel uses internally: report, but leave a zombie. */
#ifndef WNOWAIT
#define WNOWAIT 0x01000000
#endif

#endif
