/* SPDX-License-Identifier: GPL-2.0 */
/* How um aligns assembly symbols: x86_64's (SUBARCH), 16 bytes. */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.balign 16

#endif
