/* SPDX-License-Identifier: GPL-2.0 */
/* How alpha aligns assembly symbols: 16 bytes, as Linux's entry.S (.align 4). */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.align 4

#endif
