// SPDX-License-Identifier: GPL-2.0
/*
 * um, old flow (Linux 3.6 arch/um/kernel/process.c): kernel_thread()
 * parks fn and arg in the caller's thread.request and forks with the
 * caller's thread.regs; copy_thread() copies the request into a kernel
 * thread child and the registers into a user child.
 */
#include <linux/sched.h>
#include <linux/string.h>

/*
 * Linux 3.6 arch/um/kernel/process.c kernel_thread().
 * fn and arg ride in current->thread.request, which copy_thread() copies;
 * the pt_regs passed are only there because do_fork() wants some.
 */
pid_t kernel_thread(int (*fn)(void *), void *arg, unsigned long flags)
{
	int pid;

	current->thread.request.u.thread.proc = fn;
	current->thread.request.u.thread.arg = arg;
	pid = do_fork(CLONE_VM | CLONE_UNTRACED | flags, 0,
		      &current->thread.regs, 0, NULL, NULL);
	return pid;
}

/*
 * Linux 3.6 arch/um/os-Linux/process.c run_kernel_thread().
 * Run fn(arg) with a jmp_buf for kernel_execve() to leave by: returns 1
 * if fn exec'd, 0 if it returned.
 */
static int run_kernel_thread(int (*fn)(void *), void *arg,
			     struct um_jmp_buf **jmp_ptr)
{
	struct um_jmp_buf buf;
	int n;

	*jmp_ptr = &buf;
	n = um_setjmp(&buf);
	if (n != 0)
		return n;
	(*fn)(arg);
	return 0;
}

/*
 * Linux 3.6 arch/um/kernel/process.c new_thread_handler().
 * A kernel thread's first instructions: finish the switch, run fn(arg)
 * under run_kernel_thread(); if it exec'd, go to user mode with the
 * registers do_execve() left in thread.regs, else exit.
 */
void new_thread_handler(void)
{
	int (*fn)(void *), n;
	void *arg;

	if (current->thread.prev_sched != NULL)
		schedule_tail(current->thread.prev_sched);
	current->thread.prev_sched = NULL;

	fn = current->thread.request.u.thread.proc;
	arg = current->thread.request.u.thread.arg;

	/*
	 * The return value is 1 if the kernel thread execs a process,
	 * 0 if it just exits
	 */
	n = run_kernel_thread(fn, arg, &current->thread.exec_buf);
	if (n == 1)
		userspace(&current->thread.regs);
	else
		do_exit(0);
}

/*
 * Linux 3.6 arch/um/kernel/process.c fork_handler().
 * A user child's first instructions: finish the switch (schedule_tail()
 * puts its mm in the window), then user mode with the copied registers.
 *
 * Differs from Linux: no force_flush_all() (no host page tables to
 * rebuild: the window is one shared mapping) and no arch_switch_to().
 */
void fork_handler(void)
{
	schedule_tail(current->thread.prev_sched);
	current->thread.prev_sched = NULL;

	userspace(&current->thread.regs);
}

/*
 * Linux 3.6 arch/um/kernel/process.c copy_thread().
 * A user child gets @regs (the parent's thread.regs) with the syscall's
 * return 0 and sp = @usp, and starts in fork_handler; a kernel thread
 * gets safe registers and the parent's thread.request (fn and arg), and
 * starts in new_thread_handler.  Either way the kernel stack is empty
 * (new_thread()): the switch buffer is all a newborn has.
 *
 * Differs from Linux: no arch_copy_thread(), clear_flushed_tls() or
 * CLONE_SETTLS (i386's TLS; no threads here).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long unused, struct task_struct *p,
		struct pt_regs *regs)
{
	void (*handler)(void);
	int kthread = current->flags & PF_KTHREAD;

	p->thread = (struct thread_struct){ 0 };

	if (!kthread) {
		memcpy(&p->thread.regs, regs, sizeof(p->thread.regs));
		PT_REGS_SET_SYSCALL_RETURN(&p->thread.regs, 0);
		if (usp != 0)
			PT_REGS_SP(&p->thread.regs) = usp;
		handler = fork_handler;
	} else {
		get_safe_registers(&p->thread.regs);
		p->thread.request.u.thread = current->thread.request.u.thread;
		handler = new_thread_handler;
	}

	new_thread(p->stack, &p->thread.switch_buf, handler);
	return 0;
}
