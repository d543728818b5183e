/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sh, new flow: ask the generic core for execve, fork, vfork and clone
 * (Linux 3.8 arch/sh/include/asm/unistd.h: __ARCH_WANT_SYS_FORK, _VFORK,
 * _CLONE; execve is generic in 3.8 fs/exec.c).  The numbers are the UAPI
 * header's.
 */
#ifndef _REF_ASM_SH_NEW_UNISTD_H
#define _REF_ASM_SH_NEW_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_FORK
#define __ARCH_WANT_SYS_VFORK
#define __ARCH_WANT_SYS_CLONE

#include_next <asm/unistd.h>

#endif
