/* SPDX-License-Identifier: GPL-2.0 */
/*
 * mips's thread_info, at the bottom of the 8 KiB kernel stack (Linux 3.8's
 * THREAD_SIZE for 32-bit with 4 KiB pages).  Linux keeps the current
 * thread_info in $28 ($gp); this kernel finds it from sp, as the generic
 * header does (it never sets $gp: -G0, no small data).
 */
#ifndef _REF_ASM_MIPS_THREAD_INFO_H
#define _REF_ASM_MIPS_THREAD_INFO_H

#define THREAD_SIZE		8192

#include <asm-generic/thread_info.h>

#endif
