/* SPDX-License-Identifier: GPL-2.0 */
/*
 * um, old flow (Linux 3.6 arch/um/kernel/syscall.c and exec.c): fork,
 * vfork, clone and execve are um's own.  They need no stubs to find
 * pt_regs: the user registers are always whole in current->thread.regs,
 * where userspace() read them at the syscall stop, and each call passes
 * &current->thread.regs down to do_fork() or do_execve() itself.
 */
#ifndef _REF_ASM_UM_SYSCALLS_H
#define _REF_ASM_UM_SYSCALLS_H

#include <linux/types.h>

long sys_fork(void);
long sys_vfork(void);
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       void __user *parent_tid, void __user *child_tid);
long sys_execve(const char __user *file,
		const char __user *const __user *argv,
		const char __user *const __user *env);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork),		\
	SYSCALL(__NR_vfork, sys_vfork),		\
	SYSCALL(__NR_clone, sys_clone),		\
	SYSCALL(__NR_execve, sys_execve),

#endif
