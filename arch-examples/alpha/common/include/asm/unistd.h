/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha's numbers (the UAPI header) go past the generic core's 512 table
 * slots: getppid is 532.  Linux 3.8 arch/alpha/include/asm/unistd.h has
 * NR_SYSCALLS for the same reason.
 */
#ifndef _REF_ASM_ALPHA_UNISTD_H
#define _REF_ASM_ALPHA_UNISTD_H

#include_next <asm/unistd.h>

#define NR_syscalls	544

#endif
