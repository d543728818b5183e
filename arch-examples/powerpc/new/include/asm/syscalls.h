/* SPDX-License-Identifier: GPL-2.0 */
/*
 * powerpc, new flow: fork, vfork and clone are the generic ones, but the
 * table still enters them through ppc_fork, ppc_vfork and ppc_clone
 * (Linux 3.8 systbl.h PPC_SYS(fork)), which save the non-volatile GPRs
 * into the frame the child is copied from (entry_32.S).  execve is the
 * generic sys_execve() directly.
 */
#ifndef _REF_ASM_POWERPC_SYSCALLS_H
#define _REF_ASM_POWERPC_SYSCALLS_H

long ppc_fork(void);
long ppc_vfork(void);
long ppc_clone(void);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, ppc_fork),		\
	SYSCALL(__NR_vfork, ppc_vfork),		\
	SYSCALL(__NR_clone, ppc_clone),

#endif
