// SPDX-License-Identifier: GPL-2.0
/*
 * kthreadd and kthread_create(), as in Linux 3.x kernel/kthread.c.
 *
 * Any task may ask for a kernel thread; only kthreadd (pid 2) makes them, with
 * kernel_thread(kthread, ...).  So every kthread is a child of kthreadd and
 * inherits a clean kernel context, whoever asked.  A new kthread reports
 * back, sleeps until kthread_run() (wake_up_process()) lets it go, runs its
 * function and exits with its result: the do_exit() lives here in C, not in
 * the architecture's assembly.
 */
#include <linux/sched.h>
#include <linux/kthread.h>
#include <linux/string.h>

struct kthread_create_info {
	int (*threadfn)(void *data);
	void *data;
	struct task_struct *result;	/* NULL if it could not be made */
	struct completion done;
	struct kthread_create_info *next;
};

static struct kthread_create_info *kthread_create_list;
struct task_struct *kthreadd_task;

static int kthread(void *_create)
{
	struct kthread_create_info *create = _create;
	int (*threadfn)(void *data) = create->threadfn;
	void *data = create->data;

	current->state = TASK_UNINTERRUPTIBLE;
	create->result = current;
	complete(&create->done);	/* @create dies with the caller's frame */
	schedule();
	do_exit(threadfn(data));
}

static void create_kthread(struct kthread_create_info *create)
{
	pid_t pid = kernel_thread(kthread, create, CLONE_FS | CLONE_FILES | SIGCHLD);

	if (pid < 0) {
		create->result = NULL;
		complete(&create->done);
	}
}

/*
 * Ask kthreadd for a thread that will run @threadfn(@data), named @name.
 * Returns it asleep (kthread_run() wakes it), or NULL at the task limit.
 */
struct task_struct *kthread_create(int (*threadfn)(void *data), void *data,
				   const char *name)
{
	struct kthread_create_info create = {
		.threadfn = threadfn, .data = data, .next = kthread_create_list,
	};

	kthread_create_list = &create;
	wake_up_process(kthreadd_task);
	wait_for_completion(&create.done);
	if (create.result)
		strscpy(create.result->comm, name, TASK_COMM_LEN);
	return create.result;
}

int kthreadd(void *unused)
{
	(void)unused;
	strscpy(current->comm, "kthreadd", TASK_COMM_LEN);
	for (;;) {
		current->state = TASK_INTERRUPTIBLE;
		if (!kthread_create_list)
			schedule();
		current->state = TASK_RUNNING;
		while (kthread_create_list) {
			struct kthread_create_info *create = kthread_create_list;

			kthread_create_list = create->next;
			create_kthread(create);
		}
	}
}
