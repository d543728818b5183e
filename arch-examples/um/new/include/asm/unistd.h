/* SPDX-License-Identifier: GPL-2.0 */
/*
 * um, new flow: ask the generic core for execve (Linux 3.7) and fork,
 * vfork, clone (3.8).  Linux 3.8's arch/x86/um/sys_call_table_64.c points
 * x86_64's stub_fork, stub_vfork, stub_clone and stub_execve straight at
 * the generic sys_*(): um's pt_regs are in thread_struct, whole, so no
 * stub has anything to save.  The numbers are the host's (SUBARCH x86_64).
 */
#ifndef _REF_ASM_UM_UNISTD_H
#define _REF_ASM_UM_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_FORK
#define __ARCH_WANT_SYS_VFORK
#define __ARCH_WANT_SYS_CLONE

#include_next <asm/unistd.h>

#endif
