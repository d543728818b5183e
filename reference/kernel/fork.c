// SPDX-License-Identifier: GPL-2.0
/*
 * Making tasks: do_fork() and everything that calls it.
 *
 * do_fork() -> copy_process() gets a task_struct and a kernel stack, copies
 * or shares the mm, and calls the architecture's copy_thread() to lay out
 * the child's kernel stack so that the first switch_to() into it lands in
 * ret_from_fork (a forked user process) or ret_from_kernel_thread (a kernel
 * thread).  Then the child is made runnable; the parent keeps the CPU.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/ptrace.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>

/*
 * Task slots.  A slot is in use while its task_struct has a stack; a zombie
 * keeps its slot until it is reaped, so the limit counts zombies too, and
 * fork() answers -EAGAIN at the limit as Linux does at max_threads.
 */
static struct task_struct task_pool[NR_TASKS];
static union thread_union stack_pool[NR_TASKS] __aligned(THREAD_SIZE);
static pid_t last_pid;

struct task_struct *task_slot(int i)
{
	return task_pool[i].stack ? &task_pool[i] : NULL;
}

int task_index(struct task_struct *p)
{
	return p - task_pool;
}

/* The tasks of user @uid, zombies included (Linux: user->processes). */
static unsigned long processes_of(uid_t uid)
{
	struct task_struct *p;
	unsigned long n = 0;

	for_each_task(p)
		n += p->uid == uid;
	return n;
}

/* Returns a free slot with its stack attached, or NULL if all are in use. */
static struct task_struct *alloc_task_struct(void)
{
	int i;

	for (i = 0; i < NR_TASKS; i++) {
		if (!task_pool[i].stack) {
			task_pool[i].stack = &stack_pool[i];
			return &task_pool[i];
		}
	}
	return NULL;
}

/* Caller must not be running on @p's stack. */
void free_task(struct task_struct *p)
{
	BUG_ON(p == current);
	memset(p, 0, sizeof(*p));
}

/*
 * A copy of @orig with a fresh kernel stack: thread_info points back at the
 * new task and the canary is armed.  Returns NULL at the task limit.
 */
static struct task_struct *dup_task_struct(struct task_struct *orig)
{
	struct task_struct *p = alloc_task_struct();
	void *stack;

	if (!p)
		return NULL;
	stack = p->stack;
	*p = *orig;
	p->stack = stack;
	*task_thread_info(p) = *task_thread_info(orig);
	task_thread_info(p)->task = p;
	*end_of_stack(p) = STACK_END_MAGIC;
	return p;
}

/* Kernel threads have no mm; CLONE_VM (vfork, threads) shares it. */
static int copy_mm(unsigned long clone_flags, struct task_struct *p)
{
	struct mm_struct *oldmm = current->mm;

	p->mm = NULL;
	if (!oldmm)
		return 0;
	if (clone_flags & CLONE_VM) {
		oldmm->users++;
		p->mm = oldmm;
	} else {
		p->mm = dup_mm(oldmm);
		if (!p->mm)
			return -ENOMEM;
	}
	return 0;
}

/*
 * Create a new task as a copy of current.  Returns the task, not yet
 * runnable; or NULL with a negative errno in *err.
 */
static struct task_struct *copy_process(unsigned long clone_flags,
					unsigned long stack_start,
#ifndef CONFIG_GENERIC_KERNEL_THREAD
					struct pt_regs *regs,
#endif
					unsigned long stack_size, int *err)
{
	struct task_struct *p;

	/*
	 * Linux's rule: shared signal handlers need a shared mm.  And the
	 * reference kernel has processes, not thread groups.
	 */
	if (((clone_flags & CLONE_SIGHAND) && !(clone_flags & CLONE_VM)) ||
	    (clone_flags & CLONE_THREAD)) {
		*err = -EINVAL;
		return NULL;
	}
	p = dup_task_struct(current);
	if (!p) {
		*err = -EAGAIN;
		return NULL;
	}
	/*
	 * Linux 3.8 kernel/fork.c copy_process(): RLIMIT_NPROC bounds the
	 * processes of the user, zombies included, except for root (Linux:
	 * INIT_USER, or CAP_SYS_ADMIN/CAP_SYS_RESOURCE).  Linux counts them in
	 * p->real_cred->user->processes; the task table is small enough to
	 * count them instead.
	 */
	*err = -EAGAIN;
	if (processes_of(p->uid) - 1 >= task_rlimit(p, RLIMIT_NPROC) && p->uid != 0)
		goto bad_fork_free;
	p->flags = (current->flags & ~PF_EXITING) | PF_FORKNOEXEC;
	p->pid = ++last_pid;
	p->real_parent = current;
	p->exit_state = 0;
	p->exit_code = 0;
	p->exit_signal = clone_flags & CSIGNAL;
	p->wait_chldexit.first = NULL;
	p->vfork_done = NULL;

	*err = copy_mm(clone_flags, p);
	if (*err)
		goto bad_fork_free;
#ifdef CONFIG_GENERIC_KERNEL_THREAD
	*err = copy_thread(clone_flags, stack_start, stack_size, p);
#else
	*err = copy_thread(clone_flags, stack_start, stack_size, p, regs);
#endif
	if (*err)
		goto bad_fork_cleanup_mm;
	return p;

bad_fork_cleanup_mm:
	if (p->mm)
		mmput(p->mm);
bad_fork_free:
	free_task(p);
	return NULL;
}

/*
 * The one way to make a task.  Returns the child's pid in the parent, or a
 * negative errno.  With CLONE_VFORK the parent sleeps until the child has
 * exec'd or exited (mm_release()).
 */
#ifdef CONFIG_GENERIC_KERNEL_THREAD
long do_fork(unsigned long clone_flags, unsigned long stack_start,
	     unsigned long stack_size, int __user *parent_tidptr,
	     int __user *child_tidptr)
#else
long do_fork(unsigned long clone_flags, unsigned long stack_start,
	     struct pt_regs *regs, unsigned long stack_size,
	     int __user *parent_tidptr, int __user *child_tidptr)
#endif
{
	struct completion vfork = { 0 };
	struct task_struct *p;
	int err;

	(void)child_tidptr;	/* CLONE_CHILD_*TID: no threads here */
#ifdef CONFIG_GENERIC_KERNEL_THREAD
	p = copy_process(clone_flags, stack_start, stack_size, &err);
#else
	p = copy_process(clone_flags, stack_start, regs, stack_size, &err);
#endif
	if (!p)
		return err;
	if (clone_flags & CLONE_PARENT_SETTID)
		(void)put_user(p->pid, parent_tidptr);	/* as Linux: best effort */
	if (clone_flags & CLONE_VFORK)
		p->vfork_done = &vfork;
	wake_up_new_task(p);
	if (clone_flags & CLONE_VFORK)
		wait_for_completion(&vfork);
	return p->pid;
}

#ifdef CONFIG_GENERIC_KERNEL_THREAD
/*
 * Linux 3.7's generic kernel_thread(): no faked pt_regs.  @fn and @arg travel
 * in do_fork()'s two spare arguments, and copy_thread() -- seeing PF_KTHREAD
 * inherited from the calling kernel thread -- parks them in the child's
 * switch frame for ret_from_kernel_thread.  Caller must be a kernel thread.
 *
 * Differs from Linux: the BUG_ON(!(current->flags & PF_KTHREAD)) is this
 * guide's, not in Linux 3.7's or 3.8's kernel/fork.c kernel_thread(); it
 * states the precondition the PF_KTHREAD test of copy_thread() relies on.
 *
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	BUG_ON(!(current->flags & PF_KTHREAD));
	return do_fork(flags | CLONE_VM | CLONE_UNTRACED, (unsigned long)fn,
		       (unsigned long)arg, NULL, NULL);
}
#endif

/*
 * Linux 3.8's generic fork/vfork/clone (kernel/fork.c), for the
 * architectures that ask for them in <asm/unistd.h>.  Nothing is passed but
 * the syscall arguments: copy_thread() copies current_pt_regs().
 */
#ifdef __ARCH_WANT_SYS_FORK
long sys_fork(void)
{
	return do_fork(SIGCHLD, 0, 0, NULL, NULL);
}
#endif

#ifdef __ARCH_WANT_SYS_VFORK
long sys_vfork(void)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, 0, 0, NULL, NULL);
}
#endif

#ifdef __ARCH_WANT_SYS_CLONE
#ifdef CONFIG_CLONE_BACKWARDS
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, unsigned long tls,
	       int __user *child_tidptr)
#elif defined(CONFIG_CLONE_BACKWARDS2)
long sys_clone(unsigned long newsp, unsigned long clone_flags,
	       int __user *parent_tidptr, int __user *child_tidptr,
	       unsigned long tls)
#else
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, int __user *child_tidptr,
	       unsigned long tls)
#endif
{
	(void)tls;	/* copy_thread() reads it from the saved registers */
	return do_fork(clone_flags, newsp, 0, parent_tidptr, child_tidptr);
}
#endif
