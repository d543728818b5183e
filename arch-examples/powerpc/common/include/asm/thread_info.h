/* SPDX-License-Identifier: GPL-2.0 */
/*
 * powerpc's thread_info, at the bottom of the kernel stack (Linux 3.x
 * arch/powerpc/include/asm/thread_info.h): 8 KiB on ppc32 (THREAD_SHIFT
 * 13), 16 KiB on ppc64 (14).  current_thread_info() is r1 rounded down.
 */
#ifndef _REF_ASM_POWERPC_THREAD_INFO_H
#define _REF_ASM_POWERPC_THREAD_INFO_H

#ifdef CONFIG_PPC64
#define THREAD_SHIFT		14
#else
#define THREAD_SHIFT		13
#endif
#define THREAD_SIZE		(1 << THREAD_SHIFT)

/*
 * TIF_RESTOREALL (Linux's bit 11): the syscall exit restores every GPR
 * from pt_regs, not just r1-r3.  Linux 3.8's copy_thread() sets it for a
 * kernel thread, so the image it execs starts with the registers
 * start_thread() wrote, not the kernel's.
 */
#define TIF_RESTOREALL		11
#define _TIF_RESTOREALL		(1 << TIF_RESTOREALL)

#ifndef __ASSEMBLY__
struct task_struct;

/* Linux's also has exec_domain, cpu, preempt_count, restart_block, local_flags. */
struct thread_info {
	struct task_struct *task;
	unsigned long flags;		/* TIF_* */
};

static inline struct thread_info *current_thread_info(void)
{
	register unsigned long sp asm("r1");

	return (struct thread_info *)(sp & ~(THREAD_SIZE - 1));
}

#ifdef CONFIG_PPC32
/*
 * Linux 3.x arch/powerpc/include/asm/current.h (32-bit): r2 is the
 * current task in the kernel (-ffixed-r2); the entry code loads it from
 * SPRG3, which _switch keeps (Linux keeps &current->thread there).
 */
static inline struct task_struct *get_current(void)
{
	struct task_struct *tsk;

	asm("mr %0,%%r2" : "=r" (tsk));
	return tsk;
}
#define current	get_current()
#else
#include <asm/paca.h>
/*
 * Linux 3.x arch/powerpc/include/asm/current.h (64-bit): the PACA's
 * __current, r13 being the PACA in the kernel; _switch updates it.
 */
static inline struct task_struct *get_current(void)
{
	struct task_struct *task;

	asm volatile("ld %0,0(13)" : "=r" (task) : : "memory");
	return task;
}
#define current	get_current()
#endif
#endif

#endif
