/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How x86 aligns assembly symbols (Linux 3.x arch/x86/include/asm/linkage.h):
 * 16 bytes, padded with one-byte NOPs.
 */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.p2align 4, 0x90

#endif
