/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64, old flow: clone and execve go through asm wrappers that add the
 * pt_regs argument (entry.S).  There is no fork or vfork to wire up.
 */
#ifndef _REF_ASM_ARM64_SYSCALLS_H
#define _REF_ASM_ARM64_SYSCALLS_H

long sys_clone_wrapper(void);
long sys_execve_wrapper(void);

#define ARCH_SYSCALLS					\
	SYSCALL(__NR_clone, sys_clone_wrapper),		\
	SYSCALL(__NR_execve, sys_execve_wrapper),

#endif
