/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha, new flow: the table points fork, vfork and clone at the
 * fork_like wrappers of new/entry.S (Linux 3.8 arch/alpha/kernel/
 * systbls.S: alpha_fork, alpha_vfork, alpha_clone), which save the
 * switch_stack and call the generic sys_fork/vfork/clone.
 */
#ifndef _REF_ASM_ALPHA_SYSCALLS_H
#define _REF_ASM_ALPHA_SYSCALLS_H

long alpha_fork(void);
long alpha_vfork(void);
long alpha_clone(void);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, alpha_fork),		\
	SYSCALL(__NR_vfork, alpha_vfork),	\
	SYSCALL(__NR_clone, alpha_clone),

#endif
