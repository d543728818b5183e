/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64's thread_info, at the bottom of the 16 KiB kernel stack (Linux
 * 3.8 arch/sparc/include/asm/thread_info_64.h: THREAD_SIZE 2 pages of
 * 8 KiB).  The running task's thread_info lives in %g6 and its
 * task_struct in %g4 for as long as it is in the kernel: the entry code
 * loads them, switch_to() swaps them.  GCC never allocates %g4-%g6
 * (-ffixed-g4 -ffixed-g5, %g6/%g7 are the system's in the ABI).
 *
 * Linux packs wstate, cwp, new_child and current_ds into bytes of
 * thread_info->flags and beside it; here they are separate bytes with
 * Linux's names, as the entry code reads them with ldub either way.
 */
#ifndef _REF_ASM_SPARC_THREAD_INFO_H
#define _REF_ASM_SPARC_THREAD_INFO_H

#define THREAD_SIZE		16384

#ifndef __ASSEMBLY__
struct task_struct;
struct pt_regs;

struct thread_info {
	struct task_struct	*task;
	unsigned long		ksp;	/* biased %sp at switch_to() */
	struct pt_regs		*kregs;	/* where the user's registers are */
	unsigned char		wstate;	/* %wstate at switch_to() */
	unsigned char		cwp;	/* %cwp at switch_to() */
	unsigned char		new_child; /* first switch goes to ret_from_syscall */
	unsigned char		current_ds; /* ASI_AIUS (user) or ASI_P (kthread) */
};

register struct thread_info *current_thread_info_reg asm("g6");
#define current_thread_info()	(current_thread_info_reg)

/* Linux 3.8 arch/sparc/include/asm/current.h: %g4. */
register struct task_struct *current asm("g4");
#define current current		/* <linux/sched.h>: the arch's own */
#endif

#endif
