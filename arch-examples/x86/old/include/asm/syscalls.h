/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86, old flow (Linux 3.6): fork, vfork, clone and execve take the
 * caller's pt_regs as an extra argument, which asm stubs find on the
 * stack (i386: entry_32.S ptregs_*; x86_64: entry_64.S stub_*, which
 * first save the callee-saved rest into it; the table of those is shared
 * with the new flow, common/include/asm/syscalls.h).
 */
#ifndef _REF_ASM_X86_SYSCALLS_H
#define _REF_ASM_X86_SYSCALLS_H

#include_next <asm/syscalls.h>
#include <linux/types.h>

struct pt_regs;

long sys_fork(struct pt_regs *regs);
long sys_vfork(struct pt_regs *regs);
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       void __user *parent_tid, void __user *child_tid,
	       struct pt_regs *regs);
long sys_execve(const char __user *name,
		const char __user *const __user *argv,
		const char __user *const __user *envp, struct pt_regs *regs);

#ifdef CONFIG_X86_32
long ptregs_fork(void);
long ptregs_vfork(void);
long ptregs_clone(void);
long ptregs_execve(void);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, ptregs_fork),	\
	SYSCALL(__NR_vfork, ptregs_vfork),	\
	SYSCALL(__NR_clone, ptregs_clone),	\
	SYSCALL(__NR_execve, ptregs_execve),
#endif

#endif
