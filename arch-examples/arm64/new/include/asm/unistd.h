/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64, new flow: ask the generic core for execve and clone (Linux 3.8
 * arch/arm64/include/asm/unistd.h).  3.8 had __ARCH_WANT_SYS_FORK and
 * _VFORK only under CONFIG_COMPAT, for AArch32 tasks, which this kernel
 * does not run: native arm64 has no fork or vfork number.  Its generic
 * sys_execve needs no switch in 3.8; the reference core still has one.
 * The numbers are the UAPI header's.
 */
#ifndef _REF_ASM_ARM64_UNISTD_H
#define _REF_ASM_ARM64_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_CLONE

#include_next <asm/unistd.h>

#endif
