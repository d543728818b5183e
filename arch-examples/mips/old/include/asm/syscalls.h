/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips, old flow: fork, clone and execve are mips's own entries (Linux 3.6
 * arch/mips/kernel/scall32-o32.S: sys_fork, sys_clone, sys_execve), whose C
 * halves take the pt_regs at sp and hand them down (old/entry.S,
 * old/process.c).
 */
#ifndef _REF_ASM_MIPS_SYSCALLS_H
#define _REF_ASM_MIPS_SYSCALLS_H

struct pt_regs;

long sys_fork(void);
long sys_clone(void);
long sys_execve(void);
long _sys_fork(struct pt_regs *regs);
long _sys_clone(struct pt_regs *regs);
long _sys_execve(struct pt_regs *regs);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork),		\
	SYSCALL(__NR_clone, sys_clone),		\
	SYSCALL(__NR_execve, sys_execve),

#endif
