/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k, new flow: the table points fork, vfork and clone at the asm
 * wrappers that push the switch_stack first (entry.S), as Linux 3.8's
 * syscalltable.S did; execve is the generic one.
 */
#ifndef _REF_ASM_M68K_SYSCALLS_H
#define _REF_ASM_M68K_SYSCALLS_H

long __sys_fork(void);
long __sys_vfork(void);
long __sys_clone(void);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, __sys_fork),		\
	SYSCALL(__NR_vfork, __sys_vfork),	\
	SYSCALL(__NR_clone, __sys_clone),

#endif
