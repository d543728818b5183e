/* SPDX-License-Identifier: GPL-2.0 */
/*
 * How s390 aligns assembly symbols (Linux arch/s390/include/asm/linkage.h):
 * 4 bytes, padded with 0x07 (the first byte of "bcr 0,%r7", a no-op).
 */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.align 4, 0x07

#endif
