/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390, old flow: fork, vfork, clone and execve are s390's own C
 * (process.c), which find pt_regs with task_pt_regs(current): on s390
 * every syscall's pt_regs sit in that one slot.
 */
#ifndef _REF_ASM_S390_SYSCALLS_H
#define _REF_ASM_S390_SYSCALLS_H

long sys_fork(void);
long sys_vfork(void);
long sys_clone(unsigned long newsp, unsigned long clone_flags,
	       int __user *parent_tidptr, int __user *child_tidptr);
long sys_execve(const char __user *name,
		const char __user *const __user *argv,
		const char __user *const __user *envp);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork),		\
	SYSCALL(__NR_vfork, sys_vfork),		\
	SYSCALL(__NR_clone, sys_clone),		\
	SYSCALL(__NR_execve, sys_execve),

#endif
