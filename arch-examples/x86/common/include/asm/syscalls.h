/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86_64, both flows: a system call does not save the callee-saved rest
 * of pt_regs, and copy_thread() and start_thread() need all of it, so the
 * table points fork, vfork, clone and execve at stubs that save the rest
 * first (entry_64.S of each flow; Linux 3.6 and 3.8 syscall_64.tbl:
 * stub_clone, stub_fork, stub_vfork, stub_execve).  What the stubs then
 * call is the flow's: sys_*(regs) in 3.6, the generic sys_*() in 3.8.
 * i386 saves every register on entry: its new flow needs no stubs, its
 * old flow has its own (old/include/asm/syscalls.h).
 */
#ifndef _REF_ASM_X86_COMMON_SYSCALLS_H
#define _REF_ASM_X86_COMMON_SYSCALLS_H

#ifdef CONFIG_X86_64
long stub_fork(void);
long stub_vfork(void);
long stub_clone(void);
long stub_execve(void);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, stub_fork),		\
	SYSCALL(__NR_vfork, stub_vfork),	\
	SYSCALL(__NR_clone, stub_clone),	\
	SYSCALL(__NR_execve, stub_execve),
#endif

#endif
