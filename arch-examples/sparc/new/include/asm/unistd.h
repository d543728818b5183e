/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64, new flow: ask the generic core for sys_execve() only (in Linux
 * 3.8 it is built for every arch); fork, vfork and clone stay sparc's
 * (<asm/syscalls.h>).  The numbers are the UAPI header's.
 */
#ifndef _REF_ASM_SPARC_UNISTD_H
#define _REF_ASM_SPARC_UNISTD_H

#define __ARCH_WANT_SYS_EXECVE

#include_next <asm/unistd.h>

#endif
