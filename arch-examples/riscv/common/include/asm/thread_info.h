/* SPDX-License-Identifier: GPL-2.0 */
/*
 * riscv's thread_info, at the bottom of the 16 KiB kernel stack (riscv64's
 * THREAD_SIZE in Linux).  Linux's riscv keeps thread_info in task_struct
 * (THREAD_INFO_IN_TASK) and current in tp; the reference core puts it on
 * the stack, as Linux 3.x did everywhere, so current comes from sp here.
 */
#ifndef _REF_ASM_RISCV_THREAD_INFO_H
#define _REF_ASM_RISCV_THREAD_INFO_H

#define THREAD_SIZE		16384

#include <asm-generic/thread_info.h>

#endif
