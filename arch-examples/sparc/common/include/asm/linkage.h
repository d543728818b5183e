/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How sparc aligns assembly symbols (Linux arch/sparc/include/asm/linkage.h
 * has none of its own: the generic 4 bytes, one instruction).  '!' starts a
 * comment in sparc assembly, ';' separates statements.
 */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.align 4

#endif
