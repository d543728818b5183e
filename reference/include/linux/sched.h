/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The task: task_struct, its kernel stack, and the entry points that create,
 * switch and end tasks.  Shapes and names follow Linux 3.6-3.8.
 *
 * Every task owns one THREAD_SIZE kernel stack.  Its struct thread_info sits
 * at the bottom, the canary right above it, and (for a task that ever runs in
 * user mode) struct pt_regs at the top, where the trap from user mode
 * saves them:
 *
 *	task->stack + THREAD_SIZE  +----------------------+
 *	                           |  (arch padding)      |
 *	       task_pt_regs(task)  |  struct pt_regs      |  user registers
 *	                           +----------------------+
 *	                           |  kernel call frames  |  grow down
 *	                           |          ...         |
 *	  end_of_stack(task)       |  STACK_END_MAGIC     |  canary
 *	       task->stack         |  struct thread_info  |  cpu_context, task
 *	                           +----------------------+
 *
 * Each architecture's page in the guide draws this from the real offsets.
 */
#ifndef _REF_LINUX_SCHED_H
#define _REF_LINUX_SCHED_H

#include_next <linux/sched.h>	/* CLONE_* (UAPI) */
#include <linux/kernel.h>
#include <linux/wait.h>
#include <linux/resource.h>
#include <asm/signal.h>	/* SIGCHLD (UAPI) */
#include <asm/ptrace.h>
#include <asm/thread_info.h>
#include <asm/processor.h>

#define NR_TASKS		16	/* task slots, zombies included */
#define TASK_COMM_LEN		16
#define STACK_END_MAGIC		0x57AC6E9D

/* task->state */
#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_DEAD		64

/* task->exit_state */
#define EXIT_ZOMBIE		16
#define EXIT_DEAD		32

/* task->flags (Linux's values) */
#define PF_EXITING		0x00000004
#define PF_FORKNOEXEC		0x00000040
#define PF_KTHREAD		0x00200000	/* I am a kernel thread */

/*
 * task->addr_limit: what copy_{from,to}_user() accept.  As in Linux 3.x
 * (set_fs()), kernel threads run with KERNEL_DS, so a kernel thread can hand
 * kernel strings to do_execve(); exec switches the new image to USER_DS.
 */
#define USER_DS			0UL
#define KERNEL_DS		1UL

struct mm_struct;
struct completion;

struct task_struct {
	volatile long state;
	void *stack;			/* union thread_union */
	unsigned int flags;		/* PF_* */
	unsigned long addr_limit;	/* USER_DS or KERNEL_DS */
	pid_t pid;
	int exit_state;			/* 0, EXIT_ZOMBIE or EXIT_DEAD */
	int exit_code;			/* wait4() status once a zombie */
	int exit_signal;		/* sent to the parent at exit; 0: none */
	struct task_struct *real_parent;
	struct wait_queue_head wait_chldexit;	/* parent sleeps in wait4 */
	struct mm_struct *mm;		/* NULL for a kernel thread */
	struct completion *vfork_done;	/* parent waiting in vfork() */
	struct thread_struct thread;	/* arch state not in thread_info */
	char comm[TASK_COMM_LEN];
	/*
	 * Linux keeps these in p->real_cred->uid and p->signal->rlim[]; with
	 * no threads and one uid a task, one copy per task says the same.
	 */
	uid_t uid;			/* 0 is root, which limits do not bind */
	struct rlimit rlim[RLIM_NLIMITS];
};

union thread_union {
	struct thread_info thread_info;
	unsigned long stack[THREAD_SIZE / sizeof(long)];
};

extern union thread_union init_thread_union;
extern struct task_struct init_task;

#define task_thread_info(task)	((struct thread_info *)(task)->stack)
#define end_of_stack(task)	((unsigned long *)(task_thread_info(task) + 1))
#ifndef current
#define current			(current_thread_info()->task)
#endif

static inline bool task_stack_end_corrupted(struct task_struct *p)
{
	return *end_of_stack(p) != STACK_END_MAGIC;
}

/* kernel/sched.c */
void sched_init(void);
void schedule(void);
void schedule_tail(struct task_struct *prev);
void wake_up_process(struct task_struct *p);
void wake_up_new_task(struct task_struct *p);
void cpu_idle(void) __noreturn;
struct task_struct *find_task_by_pid(pid_t pid);

/* kernel/fork.c */
void free_task(struct task_struct *p);
struct task_struct *task_slot(int i);	/* NULL if slot @i is free */
int task_index(struct task_struct *p);
#define for_each_task(p)						\
	for (int __i = 0; __i < NR_TASKS; __i++)			\
		if (((p) = task_slot(__i)) != NULL)

/*
 * The flag day.  Before it (Linux <= 3.7), the caller's struct pt_regs was
 * passed down do_fork() -> copy_process() -> copy_thread(), faked by
 * kernel_thread().  After it (Linux 3.8) kernel threads are told apart by
 * PF_KTHREAD, their fn/arg ride in copy_thread()'s two spare arguments, and
 * copy_thread() finds the parent's registers with current_pt_regs().
 * An architecture selects GENERIC_KERNEL_THREAD to get the new shapes.
 */
#ifdef CONFIG_GENERIC_KERNEL_THREAD
long do_fork(unsigned long clone_flags, unsigned long stack_start,
	     unsigned long stack_size, int __user *parent_tidptr,
	     int __user *child_tidptr);
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p);
#else
long do_fork(unsigned long clone_flags, unsigned long stack_start,
	     struct pt_regs *regs, unsigned long stack_size,
	     int __user *parent_tidptr, int __user *child_tidptr);
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs);
#endif
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags);

/* kernel/exit.c */
void do_exit(long code) __noreturn;
void force_fatal_sig(int sig) __noreturn;
long do_wait(pid_t pid, int *status, int options);

/* The arch's context switch returns into the newborn here. */
void ret_from_fork(void);

#include <linux/guide.h>

#endif
