/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64, old flow (Linux 3.6 arch/sparc/kernel/systbls_64.S): fork,
 * vfork, clone, execve and exit enter through sparc's own stubs (common/
 * entry.S, old/syscalls.S), which hand the trap frame's pt_regs down.
 */
#ifndef _REF_ASM_SPARC_SYSCALLS_H
#define _REF_ASM_SPARC_SYSCALLS_H

#include <asm/sparc_process.h>

long sys_execve(void);		/* old/syscalls.S: sparc_execve(pt_regs) */

#define ARCH_SYSCALLS					\
	SYSCALL(__NR_fork, sys_fork),			\
	SYSCALL(__NR_vfork, sys_vfork),			\
	SYSCALL(__NR_clone, sys_clone),			\
	SYSCALL(__NR_execve, sys_execve),		\
	SYSCALL(__NR_exit, sparc_exit),			\
	SYSCALL(__NR_exit_group, sparc_exit_group),

#endif
