// SPDX-License-Identifier: GPL-2.0
/*
 * The scheduler: one CPU, round robin, no preemption.
 *
 * A task gives up the CPU only by calling schedule(): when it sleeps, yields
 * or exits.  That keeps every boot deterministic and makes the interesting
 * part, switch_to(), easy to follow: the outgoing task stops inside
 * schedule(), and the incoming one resumes either inside its own schedule()
 * or, if it never ran, at the address copy_thread() gave it
 * (ret_from_fork / ret_from_kernel_thread).
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/string.h>
#include <asm/switch_to.h>

/* The boot stack: head.S starts on it; it stays the idle task's stack. */
union thread_union init_thread_union __aligned(THREAD_SIZE);

/*
 * The boot CPU's task: pid 0, on the stack head.S starts on.  It becomes the
 * idle task.  It is a kernel thread, so everything kernel_thread() makes
 * from it inherits PF_KTHREAD and KERNEL_DS.
 */
struct task_struct init_task = {
	.state		= TASK_RUNNING,
	.stack		= &init_thread_union,
	.flags		= PF_KTHREAD,
	.addr_limit	= KERNEL_DS,
	.comm		= "swapper",
};

/*
 * Linux 3.8 kernel/fork.c fork_init() sets init's RLIMIT_NPROC to half the
 * task limit (max_threads / 2); include/asm-generic/resource.h
 * INIT_RLIMITS leaves the limits the core does not enforce infinite.
 */
static void init_rlimits(struct task_struct *p)
{
	for (int i = 0; i < RLIM_NLIMITS; i++)
		p->rlim[i] = (struct rlimit){ RLIM_INFINITY, RLIM_INFINITY };
	p->rlim[RLIMIT_NPROC] = (struct rlimit){ NR_TASKS / 2, NR_TASKS / 2 };
}

void sched_init(void)
{
	init_thread_union.thread_info.task = &init_task;
	*end_of_stack(&init_task) = STACK_END_MAGIC;
	init_rlimits(&init_task);
}

/* Round robin: the next runnable task after @prev, else the idle task. */
static struct task_struct *pick_next_task(struct task_struct *prev)
{
	int start = prev == &init_task ? NR_TASKS - 1 : task_index(prev);
	int n;

	for (n = 1; n <= NR_TASKS; n++) {
		struct task_struct *p = task_slot((start + n) % NR_TASKS);

		if (p && p->state == TASK_RUNNING)
			return p;
	}
	return &init_task;
}

/*
 * What a task does first after switch_to() returns into it.  A task that ran
 * before gets here from the end of schedule(); a newborn from ret_from_fork
 * (or ret_from_kernel_thread), which calls it with the task that switched to
 * it.  Releases @prev if it died, and puts the new task's mm in the window
 * (a kernel thread has none and runs with whatever is there).
 */
void schedule_tail(struct task_struct *prev)
{
	struct task_struct *me = current;

	if (prev && prev->state == TASK_DEAD && prev->exit_state == EXIT_DEAD)
		free_task(prev);
	if (me->mm)
		switch_mm(me->mm);
}

/*
 * Give the CPU to the next runnable task.  The caller has set its own state
 * first if it means to sleep.  Returns when this task is picked again.
 */
void schedule(void)
{
	struct task_struct *prev = current, *next, *last;

	if (unlikely(task_stack_end_corrupted(prev)))
		panic("corrupted stack end detected inside scheduler (%s, pid %d)",
		      prev->comm, prev->pid);

	next = pick_next_task(prev);
	if (next == prev)
		return;
	switch_to(prev, next, last);
	schedule_tail(last);
}

/*
 * The boot CPU's loop after rest_init().  Nothing interrupts this kernel, so
 * when idle runs and no task is runnable, nothing ever will be: that is a
 * deadlock, reported as one.
 */
void cpu_idle(void)
{
	for (;;) {
		schedule();
		if (pick_next_task(&init_task) == &init_task)
			panic("no runnable task left: every task is asleep");
	}
}

void wake_up_process(struct task_struct *p)
{
	if (p->state == TASK_INTERRUPTIBLE || p->state == TASK_UNINTERRUPTIBLE)
		p->state = TASK_RUNNING;
}

/* A newborn becomes runnable; as in Linux, the parent keeps the CPU. */
void wake_up_new_task(struct task_struct *p)
{
	show_newborn_stack(p);
	p->state = TASK_RUNNING;
}

struct task_struct *find_task_by_pid(pid_t pid)
{
	struct task_struct *p;

	for_each_task(p)
		if (p->pid == pid)
			return p;
	return NULL;
}

/*
 * Sleep on @q until someone wake_up()s it.  The entry lives on our stack, so
 * a task sleeping here must be woken through @q, never by wake_up_process().
 */
void sleep_on(struct wait_queue_head *q)
{
	struct wait_queue_entry wait = { .task = current, .next = q->first };

	q->first = &wait;
	current->state = TASK_UNINTERRUPTIBLE;
	schedule();
}

void wake_up(struct wait_queue_head *q)
{
	struct wait_queue_entry *w = q->first;

	q->first = NULL;
	for (; w; w = w->next)
		wake_up_process(w->task);
}

void complete(struct completion *x)
{
	x->done++;
	wake_up(&x->wait);
}

void wait_for_completion(struct completion *x)
{
	wait_event(&x->wait, x->done);
	x->done--;
}
