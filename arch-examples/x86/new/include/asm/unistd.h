/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86, new flow: ask the generic core for execve (Linux 3.7) and fork,
 * vfork, clone (3.8), as arch/x86/include/asm/unistd.h did.  The numbers
 * are the UAPI header's.
 */
#ifndef _REF_ASM_X86_UNISTD_H
#define _REF_ASM_X86_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_FORK
#define __ARCH_WANT_SYS_VFORK
#define __ARCH_WANT_SYS_CLONE

#include_next <asm/unistd.h>

#endif
