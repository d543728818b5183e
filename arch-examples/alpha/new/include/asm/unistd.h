/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha, new flow: ask the generic core for execve, fork, vfork and clone
 * (Linux 3.8 arch/alpha/include/asm/unistd.h).  The table entries for
 * fork, vfork and clone are still alpha's fork_like wrappers, which push
 * the switch_stack copy_thread() copies (asm/syscalls.h).
 */
#ifndef _REF_ASM_ALPHA_NEW_UNISTD_H
#define _REF_ASM_ALPHA_NEW_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_FORK
#define __ARCH_WANT_SYS_VFORK
#define __ARCH_WANT_SYS_CLONE

#include_next <asm/unistd.h>

#endif
