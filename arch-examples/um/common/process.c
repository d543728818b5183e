// SPDX-License-Identifier: GPL-2.0
/* um, both flows: the context switch (Linux 3.x arch/um/kernel/process.c). */
#include <linux/sched.h>
#include <asm/switch_to.h>

/*
 * Linux 3.8 arch/um/kernel/process.c __switch_to(): tell @to who switched
 * to it (a newborn's handler passes that to schedule_tail()), save this
 * kernel context in @from's switch buffer and resume @to's.  Returns, when
 * someone switches back to @from, the task that did.
 *
 * Differs from Linux: no saved_task loop (Linux's um re-switches there to
 * show another task's registers) and no arch_switch_to() (the TLS of
 * i386; x86_64's fs_base travels in pt_regs here); current comes from the
 * stack pointer, so there is no cpu_tasks[] to set.
 */
struct task_struct *__switch_to(struct task_struct *from,
				struct task_struct *to)
{
	to->thread.prev_sched = from;
	switch_threads(&from->thread.switch_buf, &to->thread.switch_buf);
	return current->thread.prev_sched;
}
