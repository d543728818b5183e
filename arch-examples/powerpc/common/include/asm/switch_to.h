/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_POWERPC_SWITCH_TO_H
#define _REF_ASM_POWERPC_SWITCH_TO_H

#include <linux/sched.h>

/*
 * entry_32.S/entry_64.S _switch(), as Linux's: prev's non-volatile GPRs,
 * CR and return address go into a pt_regs-shaped frame on its stack, r1
 * into prev->thread.ksp; next's come back from the frame at its ksp.  It
 * returns the task that was current ("last").  Linux's C __switch_to()
 * (the FPU, AltiVec, SPE and debug state) has nothing to do here.
 */
struct task_struct *_switch(struct thread_struct *prev,
			    struct thread_struct *new);

#define switch_to(prev, next, last)					\
	((last) = _switch(&(prev)->thread, &(next)->thread))

#endif
