/* SPDX-License-Identifier: GPL-2.0 */
/*
 * arm64's thread_info, at the bottom of the 16 KiB kernel stack (Linux
 * 3.7-3.x).  Unlike arm, the switch frame (cpu_context) is not here but in
 * task->thread (<asm/processor.h>).
 */
#ifndef _REF_ASM_ARM64_THREAD_INFO_H
#define _REF_ASM_ARM64_THREAD_INFO_H

#define THREAD_SIZE		16384
/* The top 16 bytes are never used, as in Linux: sp stays 16-byte aligned. */
#define THREAD_START_SP		(THREAD_SIZE - 16)

#include <asm-generic/thread_info.h>

#endif
