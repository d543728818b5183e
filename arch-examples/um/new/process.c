// SPDX-License-Identifier: GPL-2.0
/*
 * um, new flow (Linux 3.8 arch/um/kernel/process.c): copy_thread() tells
 * kernel threads by PF_KTHREAD, takes fn/arg from its spare arguments and
 * picks the handler the newborn's switch buffer starts in.
 */
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/string.h>

/*
 * Linux 3.8 arch/um/kernel/process.c new_thread_handler().
 * A kernel thread's first instructions, entered by switch_threads()
 * through the switch buffer new_thread() filled: finish the switch, run
 * fn(arg) from thread.request, and -- fn returned, so it has exec'd --
 * go to user mode with the registers start_thread() left in thread.regs.
 */
void new_thread_handler(void)
{
	int (*fn)(void *);
	void *arg;

	if (current->thread.prev_sched != NULL)
		schedule_tail(current->thread.prev_sched);
	current->thread.prev_sched = NULL;

	fn = current->thread.request.u.thread.proc;
	arg = current->thread.request.u.thread.arg;

	/* callback returns only if the kernel thread execs a process */
	fn(arg);
	userspace(&current->thread.regs);
}

/*
 * Linux 3.8 arch/um/kernel/process.c fork_handler().
 * A user child's first instructions: finish the switch (schedule_tail()
 * puts its mm in the window), then user mode with the parent's registers
 * that copy_thread() copied, ax = 0.
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
 * Linux 3.8 arch/um/kernel/process.c copy_thread().
 * A user child gets the parent's registers (current_pt_regs(): its
 * thread.regs, filled by PTRACE_GETREGS at the syscall stop) with the
 * syscall's return 0 and, for clone(), the new stack; its switch buffer
 * starts fork_handler.  A kernel thread gets safe registers, @usp = fn
 * and @arg in thread.request, and starts new_thread_handler.  Either way
 * the kernel stack is empty: nothing on it but what the handler pushes.
 *
 *	p->stack + THREAD_SIZE  +-------------------------+
 *	switch_buf.sp  ------>  |  (the handler's return  |
 *	                        |   slot, never used)     |
 *	                        |  free                   |
 *	                        |  canary                 |
 *	p->stack                |  thread_info            |
 *	                        +-------------------------+
 *	p->thread.regs          pt_regs: the parent's (ax = 0) or safe
 *	p->thread.switch_buf.ip fork_handler | new_thread_handler
 *	p->thread.request       fn, arg (kernel thread)
 *
 * Differs from Linux: no arch_copy_thread(), clear_flushed_tls() or
 * CLONE_SETTLS (i386's TLS; no threads here).
 */
int copy_thread(unsigned long clone_flags, unsigned long usp,
		unsigned long arg, struct task_struct *p)
{
	void (*handler)(void);
	int kthread = current->flags & PF_KTHREAD;

	p->thread = (struct thread_struct){ 0 };

	if (!kthread) {
		memcpy(&p->thread.regs, current_pt_regs(), sizeof(p->thread.regs));
		PT_REGS_SET_SYSCALL_RETURN(&p->thread.regs, 0);
		if (usp != 0)
			PT_REGS_SP(&p->thread.regs) = usp;
		handler = fork_handler;
	} else {
		get_safe_registers(&p->thread.regs);
		p->thread.request.u.thread.proc = (int (*)(void *))usp;
		p->thread.request.u.thread.arg = (void *)arg;
		handler = new_thread_handler;
	}

	new_thread(p->stack, &p->thread.switch_buf, handler);
	return 0;
}
