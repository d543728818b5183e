// SPDX-License-Identifier: GPL-2.0
/*
 * Not Linux: the guide's stack dump (CONFIG_GUIDE, <linux/guide.h>).
 *
 * wake_up_new_task() calls show_newborn_stack() for every newborn; it
 * prints two of them, each before it first runs: the first kernel thread
 * that a kernel thread other than the idle task makes (the self-test's
 * kernel_thread() probe: rest_init()'s kernel_init and kthreadd come from
 * the idle task, before the self-tests) and the first forked user process
 * (/init's first fork).  tools/stackdiagram.py draws the guide's stack
 * diagrams from these lines (with the symbols of vmlinux), so they show
 * the real layout of every port.  tools/measure.py leaves this function out
 * of the paths it counts.
 */
#include <linux/sched.h>

/*
 * Print @p's kernel stack as copy_thread() left it for switch_to() and
 * ret_from_fork: its thread_info and everything from its saved sp to the top.
 */
static void dump(const char *kind, struct task_struct *p)
{
	unsigned long base = (unsigned long)p->stack;
	unsigned long sp = thread_saved_sp(p), a;

	printk("# newborn %s: stack %lx sp +%lu pc %lx\n", kind, base, sp - base,
	       (unsigned long)thread_saved_pc(p));
	for (a = base; a < base + THREAD_SIZE; a += sizeof(long)) {
		if (a == base + sizeof(struct thread_info))
			a = ALIGN_DOWN(sp, sizeof(long));
		printk("# newborn %s: +%lu %lx\n", kind, a - base,
		       *(unsigned long *)a);
	}
}

/* Dump @p if it is the first newborn of its kind (see above). */
void show_newborn_stack(struct task_struct *p)
{
	static bool shown_kthread, shown_fork;

	if (p->flags & PF_KTHREAD) {
		if (!shown_kthread && p->real_parent != &init_task) {
			shown_kthread = true;
			dump("kthread", p);
		}
	} else if (!shown_fork) {
		shown_fork = true;
		dump("fork", p);
	}
}
