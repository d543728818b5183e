/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SPARC_PROCESS_H
#define _REF_ASM_SPARC_PROCESS_H

#include <linux/sched.h>
#include <linux/errno.h>

/* Linux include/linux/errno.h, kernel-internal: never seen by a user here. */
#define ERESTART_RESTARTBLOCK	516L

/* common/process.c; Linux 3.8 has it static in process_64.c. */
unsigned long clone_stackframe(unsigned long csp, unsigned long psp);

/* The syscall entry points in assembly (common/entry.S, flow/syscalls.S). */
long sys_fork(void);
long sys_vfork(void);
long sys_clone(void);
long sparc_exit(void);
long sparc_exit_group(void);
long sparc_do_fork(unsigned long clone_flags, unsigned long stack_start,
		   struct pt_regs *regs, unsigned long stack_size);

#endif
