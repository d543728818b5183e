/* SPDX-License-Identifier: GPL-2.0 */
/* How sh aligns assembly symbols (Linux arch/sh/include/asm/linkage.h). */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.balign 4

#endif
