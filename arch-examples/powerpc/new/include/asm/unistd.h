/* SPDX-License-Identifier: GPL-2.0 */
/*
 * powerpc, new flow: ask the generic core for execve, fork, vfork and
 * clone (Linux 3.8 arch/powerpc/include/asm/unistd.h; clone with
 * CLONE_BACKWARDS, ../../Kconfig).  The numbers are the UAPI header's.
 */
#ifndef _REF_ASM_POWERPC_UNISTD_H
#define _REF_ASM_POWERPC_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_FORK
#define __ARCH_WANT_SYS_VFORK
#define __ARCH_WANT_SYS_CLONE

#include_next <asm/unistd.h>

#endif
