/* SPDX-License-Identifier: GPL-2.0 */
/*
 * powerpc, old flow: fork, vfork, clone and execve are powerpc's own C
 * (process.c), which get the pt_regs the entry code passes in r9, their
 * 7th argument; fork, vfork and clone enter through the stubs that save
 * the non-volatile GPRs first (entry_32.S, Linux 3.6 systbl.h
 * PPC_SYS(fork) = ppc_fork).
 */
#ifndef _REF_ASM_POWERPC_SYSCALLS_H
#define _REF_ASM_POWERPC_SYSCALLS_H

#include <asm/ptrace.h>

long ppc_fork(void);
long ppc_vfork(void);
long ppc_clone(void);
int sys_fork(unsigned long p1, unsigned long p2, unsigned long p3,
	     unsigned long p4, unsigned long p5, unsigned long p6,
	     struct pt_regs *regs);
int sys_vfork(unsigned long p1, unsigned long p2, unsigned long p3,
	      unsigned long p4, unsigned long p5, unsigned long p6,
	      struct pt_regs *regs);
int sys_clone(unsigned long clone_flags, unsigned long usp,
	      int __user *parent_tidp, void __user *child_threadptr,
	      int __user *child_tidp, int p6, struct pt_regs *regs);
int sys_execve(unsigned long a0, unsigned long a1, unsigned long a2,
	       unsigned long a3, unsigned long a4, unsigned long a5,
	       struct pt_regs *regs);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, ppc_fork),		\
	SYSCALL(__NR_vfork, ppc_vfork),		\
	SYSCALL(__NR_clone, ppc_clone),		\
	SYSCALL(__NR_execve, sys_execve),

#endif
