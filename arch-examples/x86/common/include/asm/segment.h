/* SPDX-License-Identifier: GPL-2.0 */
/*
 * GDT selectors, with Linux 3.x's numbers (arch/x86/include/asm/segment.h),
 * so that a register dump reads as on Linux.  Every segment is flat.
 *
 * i386: entries 12-16 (0-11 hold TLS, PnP BIOS and APM slots in Linux and
 * stay empty here).  x86_64: the order syscall/sysret need: STAR[47:32] =
 * __KERNEL_CS (ss = +8), STAR[63:48] = __USER32_CS (sysretq: ss = +8,
 * cs = +16).
 */
#ifndef _REF_ASM_X86_SEGMENT_H
#define _REF_ASM_X86_SEGMENT_H

#ifdef CONFIG_X86_32
#define GDT_ENTRY_KERNEL_CS		12
#define GDT_ENTRY_KERNEL_DS		13
#define GDT_ENTRY_DEFAULT_USER_CS	14
#define GDT_ENTRY_DEFAULT_USER_DS	15
#define GDT_ENTRY_TSS			16
#define GDT_ENTRIES			17
#else
#define GDT_ENTRY_KERNEL_CS		2
#define GDT_ENTRY_KERNEL_DS		3
#define GDT_ENTRY_DEFAULT_USER32_CS	4
#define GDT_ENTRY_DEFAULT_USER_DS	5
#define GDT_ENTRY_DEFAULT_USER_CS	6
#define GDT_ENTRY_TSS			8	/* 16 bytes: two entries */
#define GDT_ENTRIES			10
#define __USER32_CS	(GDT_ENTRY_DEFAULT_USER32_CS * 8 + 3)
#endif

#define __KERNEL_CS	(GDT_ENTRY_KERNEL_CS * 8)
#define __KERNEL_DS	(GDT_ENTRY_KERNEL_DS * 8)
#define __USER_CS	(GDT_ENTRY_DEFAULT_USER_CS * 8 + 3)
#define __USER_DS	(GDT_ENTRY_DEFAULT_USER_DS * 8 + 3)
#define __TSS_SEL	(GDT_ENTRY_TSS * 8)

#define SEGMENT_RPL_MASK	0x3
#define USER_RPL		0x3

#endif
