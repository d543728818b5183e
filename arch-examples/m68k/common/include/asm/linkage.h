/* SPDX-License-Identifier: GPL-2.0 */
/* How m68k aligns assembly symbols (Linux arch/m68k/include/asm/linkage.h). */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.align 4

#endif
