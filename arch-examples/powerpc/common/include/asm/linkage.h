/* SPDX-License-Identifier: GPL-2.0 */
/* How powerpc aligns assembly symbols: 4 bytes, one instruction. */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.balign 4

#endif
