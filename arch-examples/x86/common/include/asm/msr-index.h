/* SPDX-License-Identifier: GPL-2.0 */
/* The model-specific registers x86_64 uses (Linux: asm/msr-index.h). */
#ifndef _REF_ASM_X86_MSR_INDEX_H
#define _REF_ASM_X86_MSR_INDEX_H

#define MSR_EFER		0xc0000080	/* extended features */
#define _EFER_SCE		0		/* syscall/sysret enabled */
#define _EFER_LME		8		/* long mode enable */
#define MSR_STAR		0xc0000081	/* syscall/sysret segments */
#define MSR_LSTAR		0xc0000082	/* the 64-bit syscall entry */
#define MSR_SYSCALL_MASK	0xc0000084	/* rflags bits syscall clears */

#endif
