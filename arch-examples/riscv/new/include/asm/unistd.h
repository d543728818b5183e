/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv: the generic entry points it asks for.  Linux 4.15's
 * arch/riscv/include/asm/unistd.h defines __ARCH_WANT_SYS_CLONE only:
 * asm-generic's table has no fork or vfork (libc uses clone), and execve
 * needed no switch any more.  The reference core still has the 3.7-3.8
 * switch for execve, so it is set here.  The numbers are the UAPI header's.
 */
#ifndef _REF_ASM_RISCV_UNISTD_H
#define _REF_ASM_RISCV_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE
#define __ARCH_WANT_SYS_CLONE

#include_next <asm/unistd.h>

#endif
