// SPDX-License-Identifier: GPL-2.0
/* um: an mm's host process (Linux 3.x arch/um/kernel/skas/mmu.c). */
#include <linux/mm.h>

long start_userspace(void);		/* skas.c */
void kill_userspace(long pid);

/*
 * Linux 3.8 arch/um/kernel/skas/mmu.c init_new_context(): a host process
 * for @mm, started stopped by start_userspace().
 *
 * Differs from Linux: it takes the mm alone (Linux: the task too); no stub
 * pages and no copy of the parent's host page tables: the process maps
 * the one shared user window, whose contents mm/window.c swaps.
 */
int init_new_context(struct mm_struct *mm)
{
	mm->context.pid = start_userspace();
	return 0;
}

/*
 * Linux 3.8 arch/um/kernel/skas/mmu.c destroy_context(): kill the mm's
 * host process and reap it.
 */
void destroy_context(struct mm_struct *mm)
{
	kill_userspace(mm->context.pid);
	mm->context.pid = 0;
}
