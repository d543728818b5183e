/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha, old flow: fork, vfork, clone and execve are alpha's own asm
 * wrappers (old/entry.S), which pass the pt_regs at $sp to the C half
 * (old/process.c), as Linux 3.6 arch/alpha/kernel/systbls.S has them.
 */
#ifndef _REF_ASM_ALPHA_SYSCALLS_H
#define _REF_ASM_ALPHA_SYSCALLS_H

struct pt_regs;

long sys_fork(void);
long sys_vfork(void);
long sys_clone(void);
long sys_execve(const char __user *name,
		const char __user *const __user *argv,
		const char __user *const __user *envp);
long alpha_clone(unsigned long clone_flags, unsigned long usp,
		 int __user *parent_tid, int __user *child_tid,
		 unsigned long tls_value, struct pt_regs *regs);
long alpha_vfork(struct pt_regs *regs);
long do_sys_execve(const char __user *ufilename,
		   const char __user *const __user *argv,
		   const char __user *const __user *envp, struct pt_regs *regs);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork),		\
	SYSCALL(__NR_vfork, sys_vfork),		\
	SYSCALL(__NR_clone, sys_clone),		\
	SYSCALL(__NR_execve, sys_execve),

#endif
