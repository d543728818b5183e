/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How arm aligns assembly symbols (Linux arch/arm/include/asm/linkage.h):
 * none, A32 instructions are already word-aligned.
 */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.align 0

#endif
