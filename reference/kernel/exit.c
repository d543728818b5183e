// SPDX-License-Identifier: GPL-2.0
/*
 * Ending tasks and reaping them: do_exit(), wait4().
 *
 * An exiting task drops its mm, hands its children to init, becomes a
 * zombie holding its exit status, and wakes its parent.  The parent's
 * wait4() reaps the zombie, which frees its slot.  A kernel thread made by
 * kthreadd is reaped by nobody: kthreadd does not wait, so such a task is
 * released as soon as it is switched away from (schedule_tail()).
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>
#include <linux/kthread.h>
#include <asm/signal.h>

/* Orphans go to init (pid 1), as in Linux. */
static void forget_original_parent(struct task_struct *father)
{
	struct task_struct *p, *reaper = find_task_by_pid(1);

	for_each_task(p) {
		if (p->real_parent != father)
			continue;
		p->real_parent = reaper;
		if (p->exit_state == EXIT_ZOMBIE && reaper)
			wake_up(&reaper->wait_chldexit);
	}
}

/*
 * End the current task with wait status @code.  Never returns: the last
 * schedule() switches away from a task that will never be picked again.
 */
void do_exit(long code)
{
	struct task_struct *tsk = current;

	if (tsk->pid == 1)
		panic("Attempted to kill init! exitcode=0x%08lx", code);
	if (tsk == &init_task)
		panic("Attempted to kill the idle task!");
	tsk->flags |= PF_EXITING;
	tsk->exit_code = code;
	if (tsk->mm) {
		mm_release(tsk);
		mmput(tsk->mm);
		tsk->mm = NULL;
	}
	forget_original_parent(tsk);

	if (tsk->real_parent == kthreadd_task || tsk->real_parent == &init_task) {
		tsk->exit_state = EXIT_DEAD;	/* autoreap: nobody waits */
	} else {
		tsk->exit_state = EXIT_ZOMBIE;
		wake_up(&tsk->real_parent->wait_chldexit);
	}
	tsk->state = TASK_DEAD;
	schedule();
	panic("do_exit: dead task %d scheduled again", tsk->pid);
}

/*
 * A fatal signal's default action, taken at once: the reference kernel has
 * no signal handlers, so a fault or illegal instruction in user mode ends
 * the process with the signal as its wait status, the kernel goes on.
 */
void force_fatal_sig(int sig)
{
	printk("%s[%d]: killed by signal %d\n", current->comm, current->pid,
	       sig);
	do_exit(sig);
}

static bool eligible_child(struct task_struct *p, pid_t pid)
{
	return p->real_parent == current && (pid == -1 || p->pid == pid);
}

/*
 * Wait for a child of current to exit.  @pid is a pid or -1 (any child).
 * Returns the reaped pid with its status in *status; 0 with WNOHANG if no
 * child has exited yet; -ECHILD if there is no such child.  WNOWAIT (for the
 * kernel's own self-tests) reports a zombie but leaves it in place.
 */
long do_wait(pid_t pid, int *status, int options)
{
	for (;;) {
		struct task_struct *p;
		bool have_child = false;

		for_each_task(p) {
			if (!eligible_child(p, pid))
				continue;
			have_child = true;
			if (p->exit_state != EXIT_ZOMBIE)
				continue;
			pid = p->pid;
			*status = p->exit_code;
			if (!(options & WNOWAIT))
				free_task(p);
			return pid;
		}
		if (!have_child)
			return -ECHILD;
		if (options & WNOHANG)
			return 0;
		sleep_on(&current->wait_chldexit);
	}
}

long sys_wait4(pid_t pid, int __user *stat_addr, int options,
	       void __user *rusage)
{
	int status = 0;	/* set when ret > 0; GCC 12 for s390x cannot tell */
	long ret;

	(void)rusage;	/* no accounting here: left as the caller had it */
	if (options & ~(WNOHANG | WUNTRACED | WCONTINUED | __WNOTHREAD |
			__WCLONE | __WALL))
		return -EINVAL;
	if (pid == 0 || pid < -1)
		return -EINVAL;	/* no process groups */
	ret = do_wait(pid, &status, options);
	/* As Linux's kernel_wait4(): the child is reaped even if this fails. */
	if (ret > 0 && stat_addr && put_user(status, stat_addr))
		return -EFAULT;
	return ret;
}

long sys_exit(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}

long sys_exit_group(int error_code)
{
	do_exit((error_code & 0xff) << 8);
}
