/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh, old flow: fork, vfork, clone and execve are sh's own (Linux 3.6
 * arch/sh/kernel/process_32.c), C functions whose last argument is the
 * pt_regs at r15 itself, passed by value: the syscall entry leaves r15 at
 * the pt_regs, where the C ABI puts a callee's first stack argument.
 */
#ifndef _REF_ASM_SH_SYSCALLS_H
#define _REF_ASM_SH_SYSCALLS_H

#include <asm/ptrace.h>

long sys_fork(unsigned long r4, unsigned long r5, unsigned long r6,
	      unsigned long r7, struct pt_regs __regs);
long sys_vfork(unsigned long r4, unsigned long r5, unsigned long r6,
	       unsigned long r7, struct pt_regs __regs);
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       unsigned long parent_tidptr, unsigned long child_tidptr,
	       struct pt_regs __regs);
long sys_execve(const char __user *ufilename,
		const char __user *const __user *uargv,
		const char __user *const __user *uenvp,
		unsigned long r7, struct pt_regs __regs);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork),		\
	SYSCALL(__NR_vfork, sys_vfork),		\
	SYSCALL(__NR_clone, sys_clone),		\
	SYSCALL(__NR_execve, sys_execve),

#endif
