/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm, old flow: fork, vfork, clone and execve go through asm wrappers that
 * add the pt_regs argument (entry.S).
 */
#ifndef _REF_ASM_ARM_SYSCALLS_H
#define _REF_ASM_ARM_SYSCALLS_H

long sys_fork_wrapper(void);
long sys_vfork_wrapper(void);
long sys_clone_wrapper(void);
long sys_execve_wrapper(void);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork_wrapper),	\
	SYSCALL(__NR_vfork, sys_vfork_wrapper),	\
	SYSCALL(__NR_clone, sys_clone_wrapper),	\
	SYSCALL(__NR_execve, sys_execve_wrapper),

#endif
