/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86, new flow.  i386 saves every register on entry, so the generic
 * sys_fork/vfork/clone/execve go straight into the table.  x86_64 does
 * not save the callee-saved rest on a system call, and copy_thread() and
 * start_thread() need all of pt_regs: its table points at stubs that save
 * the rest first (entry_64.S; Linux 3.8's syscall_64.tbl: stub_clone,
 * stub_fork, stub_vfork, stub_execve).
 */
#ifndef _REF_ASM_X86_SYSCALLS_H
#define _REF_ASM_X86_SYSCALLS_H

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
#else
#define ARCH_SYSCALLS
#endif

#endif
