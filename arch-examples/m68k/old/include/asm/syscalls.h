/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k, old flow: fork, vfork and clone go through the asm wrappers that
 * save the switch_stack (entry.S); execve is C that takes its own argument's
 * address for pt_regs (sys_m68k.c).
 */
#ifndef _REF_ASM_M68K_SYSCALLS_H
#define _REF_ASM_M68K_SYSCALLS_H

long sys_fork(void);
long sys_vfork(void);
long sys_clone(void);
long sys_execve(const char __user *name,
		const char __user *const __user *argv,
		const char __user *const __user *envp);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork),		\
	SYSCALL(__NR_vfork, sys_vfork),		\
	SYSCALL(__NR_clone, sys_clone),		\
	SYSCALL(__NR_execve, sys_execve),

#endif
