/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips, new flow: fork and clone are mips's own entries (Linux 3.8
 * arch/mips/kernel/scall32-o32.S: sys_fork, sys_clone), whose C halves read
 * the arguments from the pt_regs at sp (new/entry.S, new/process.c).
 */
#ifndef _REF_ASM_MIPS_SYSCALLS_H
#define _REF_ASM_MIPS_SYSCALLS_H

struct pt_regs;

long sys_fork(void);
long sys_clone(void);
long _sys_fork(struct pt_regs *regs);
long _sys_clone(struct pt_regs *regs);

#define ARCH_SYSCALLS				\
	SYSCALL(__NR_fork, sys_fork),		\
	SYSCALL(__NR_clone, sys_clone),

#endif
