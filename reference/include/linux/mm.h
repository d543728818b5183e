/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Address spaces without an MMU: the user window.
 *
 * Every user program is linked to run at USER_WINDOW_BASE and lives in the
 * USER_WINDOW_SIZE bytes above it.  An mm_struct owns a backing copy of that
 * window; the copy of the mm that is running is the window itself.  When the
 * scheduler switches between two different mms, switch_mm() saves the window
 * into the outgoing mm's copy and loads the incoming one.  Kernel threads have
 * no mm and leave the window as it is: the window's owner (mm/window.c) plays
 * the part of Linux's lazy-TLB active_mm.
 */
#ifndef _REF_LINUX_MM_H
#define _REF_LINUX_MM_H

#include <linux/types.h>
#include <asm/memory.h>

/*
 * The arch's part of making and freeing an mm (Linux's mm_context_t and
 * <asm/mmu_context.h> init_new_context(), destroy_context()); nothing
 * unless the arch has an <asm/mmu_context.h>.  um starts and kills the
 * host process that runs the mm's user mode.
 */
#if __has_include(<asm/mmu_context.h>)
#include <asm/mmu_context.h>
#else
typedef struct { } mm_context_t;
#define init_new_context(mm)	((void)(mm), 0)
#define destroy_context(mm)	((void)(mm))
#endif

#define USER_WINDOW_END		(USER_WINDOW_BASE + USER_WINDOW_SIZE)
/* The window's top, kept for the initial stack: no segment may reach it. */
#define USER_STACK_RESERVE	(16 * 1024)

struct task_struct;

struct mm_struct {
	int users;			/* tasks sharing it (CLONE_VM, vfork) */
	unsigned char *backing;		/* USER_WINDOW_SIZE bytes */
	mm_context_t context;		/* the arch's (um: its host process) */
};

struct mm_struct *mm_alloc(void);
struct mm_struct *dup_mm(struct mm_struct *oldmm);
void mmput(struct mm_struct *mm);
void switch_mm(struct mm_struct *next);
void activate_mm(struct mm_struct *mm);
void mm_release(struct task_struct *tsk);

#endif
