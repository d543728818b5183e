// SPDX-License-Identifier: GPL-2.0
/*
 * The user window: address spaces without an MMU (see <linux/mm.h>).
 *
 * window_owner is the mm whose contents are in the window right now; its
 * backing copy is stale until switch_mm() or activate_mm() saves it.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/string.h>

static struct mm_struct mm_pool[NR_TASKS];
static unsigned char backing_pool[NR_TASKS][USER_WINDOW_SIZE] __aligned(16);
static struct mm_struct *window_owner;

#define window	((unsigned char *)USER_WINDOW_BASE)

/* Returns an mm with one user and undefined contents, or NULL. */
struct mm_struct *mm_alloc(void)
{
	int i;

	for (i = 0; i < NR_TASKS; i++) {
		if (mm_pool[i].users == 0) {
			mm_pool[i].users = 1;
			mm_pool[i].backing = backing_pool[i];
			if (init_new_context(&mm_pool[i])) {
				mm_pool[i].users = 0;
				return NULL;
			}
			return &mm_pool[i];
		}
	}
	return NULL;
}

/* fork(): a private copy of @oldmm, which must be the one in the window. */
struct mm_struct *dup_mm(struct mm_struct *oldmm)
{
	struct mm_struct *mm = mm_alloc();

	BUG_ON(oldmm != window_owner);
	if (mm)
		memcpy(mm->backing, window, USER_WINDOW_SIZE);
	return mm;
}

/* Drop a user of @mm; the last one frees it (the window's contents die). */
void mmput(struct mm_struct *mm)
{
	BUG_ON(mm->users <= 0);
	if (--mm->users != 0)
		return;
	if (window_owner == mm)
		window_owner = NULL;
	destroy_context(mm);
}

static void save_window(void)
{
	if (window_owner)
		memcpy(window_owner->backing, window, USER_WINDOW_SIZE);
}

/* Put @next in the window, saving whoever was there.  Lazy: same mm, no work. */
void switch_mm(struct mm_struct *next)
{
	if (next == window_owner)
		return;
	save_window();
	memcpy(window, next->backing, USER_WINDOW_SIZE);
	window_owner = next;
}

/* exec(): @mm becomes the window's owner with all-zero contents. */
void activate_mm(struct mm_struct *mm)
{
	save_window();
	memset(window, 0, USER_WINDOW_SIZE);
	window_owner = mm;
}

/*
 * @tsk is done with its mm (exit or exec): a parent sleeping in vfork() may
 * run again.
 */
void mm_release(struct task_struct *tsk)
{
	if (tsk->vfork_done) {
		complete(tsk->vfork_done);
		tsk->vfork_done = NULL;
	}
}
