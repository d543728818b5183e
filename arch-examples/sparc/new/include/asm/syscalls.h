/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64, new flow (Linux 3.8 arch/sparc/kernel/systbls_64.S): execve is
 * the generic sys_execve() behind sparc's flushw stub sys64_execve; fork,
 * vfork and clone are still sparc's own stubs into sparc_do_fork(), as
 * through Linux 3.10; exit goes through sparc_exit.
 */
#ifndef _REF_ASM_SPARC_SYSCALLS_H
#define _REF_ASM_SPARC_SYSCALLS_H

#include <asm/sparc_process.h>

long sys64_execve(void);	/* new/syscalls.S: flushw, sys_execve() */

#define ARCH_SYSCALLS					\
	SYSCALL(__NR_fork, sys_fork),			\
	SYSCALL(__NR_vfork, sys_vfork),			\
	SYSCALL(__NR_clone, sys_clone),			\
	SYSCALL(__NR_execve, sys64_execve),		\
	SYSCALL(__NR_exit, sparc_exit),			\
	SYSCALL(__NR_exit_group, sparc_exit_group),

#endif
