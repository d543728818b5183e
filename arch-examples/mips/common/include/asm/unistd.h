/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips o32's numbers (the UAPI header) start at __NR_Linux, 4000: the
 * table's slot 0 is that number (Linux 3.8 scall32-o32.S subtracts
 * __NR_O32_Linux before indexing sys_call_table).
 */
#ifndef _REF_ASM_MIPS_UNISTD_H
#define _REF_ASM_MIPS_UNISTD_H

#include_next <asm/unistd.h>

#define SYSCALL_BASE	__NR_Linux

#endif
