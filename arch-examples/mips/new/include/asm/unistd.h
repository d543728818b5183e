/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips, new flow: the generic execve.  Linux 3.8 fs/exec.c builds
 * SYSCALL_DEFINE3(execve) for every arch (no __ARCH_WANT_SYS_EXECVE left
 * to ask for it); the reference core still has the 3.7 switch, so it is set
 * here.  fork and clone are mips's own until 3.10 (asm/syscalls.h); o32
 * has no vfork number at all.
 */
#ifndef _REF_ASM_MIPS_NEW_UNISTD_H
#define _REF_ASM_MIPS_NEW_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE

#include_next <asm/unistd.h>

#endif
