/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k, new flow: ask the generic core for execve, fork and vfork (Linux
 * 3.7-3.8 arch/m68k/include/asm/unistd.h).  Not clone: m68k kept its own
 * (process.c).  The numbers are the UAPI header's.
 */
#ifndef _REF_ASM_M68K_UNISTD_H
#define _REF_ASM_M68K_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_FORK
#define __ARCH_WANT_SYS_VFORK

#include_next <asm/unistd.h>

#endif
