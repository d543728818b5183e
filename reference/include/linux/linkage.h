/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Start and end markers for assembly symbols, with Linux's names and
 * meaning (include/linux/linkage.h since Linux 5.5; Documentation/asm-annotations.rst).
 *
 *   SYM_FUNC_START(name) ... SYM_FUNC_END(name)
 *	a function that follows the C calling convention: it is called and
 *	returns.  ELF type FUNC, with a size.
 *   SYM_CODE_START(name) ... SYM_CODE_END(name)
 *	code with its own convention: an entry from a trap, where a newborn
 *	first runs (ret_from_fork), a jump target that never returns.  ELF
 *	type NOTYPE, with a size.
 *   SYM_*_START_LOCAL	the same, not global.
 *   SYM_CODE_START_NOALIGN(name), SYM_CODE_START_LOCAL_NOALIGN(name)
 *	code that the code right before it falls through into: no padding
 *	may sit between the two.
 *   SYM_INNER_LABEL(name, SYM_L_GLOBAL)
 *	a second entry inside a symbol that is already open.
 *   SYM_DATA_START(name) ... SYM_DATA_END(name), SYM_DATA(name, ...)
 *	data in assembly: ELF type OBJECT, with a size.
 *   SYM_DATA_END_LABEL(name, linkage, label)
 *	ends name and puts label right after it (e.g. __initramfs_end).
 *
 * The size is what lets `nm -S`, make measure and the guide's listings
 * know where a routine ends.  An architecture's <asm/linkage.h> says how
 * it aligns code (__ALIGN) and, where ';' starts a comment, which
 * character separates statements (ASM_NL).  The size is set with .equ,
 * not .set, which alpha's assembler keeps for its modes (.set noat).
 */
#ifndef _LINUX_LINKAGE_H
#define _LINUX_LINKAGE_H

#include <asm/linkage.h>

#ifndef ASM_NL
#define ASM_NL		;
#endif

#ifndef __ALIGN
#define __ALIGN		.balign 4
#endif

#ifdef __ASSEMBLY__

#define ALIGN		__ALIGN

/* ELF symbol types, in the spelling every GNU as accepts. */
#define SYM_T_FUNC	STT_FUNC
#define SYM_T_OBJECT	STT_OBJECT
#define SYM_T_NONE	STT_NOTYPE

/* Alignment and linkage of a symbol. */
#define SYM_A_ALIGN	ALIGN
#define SYM_A_NONE	/* nothing */
#define SYM_L_GLOBAL(name)	.globl name
#define SYM_L_WEAK(name)	.weak name
#define SYM_L_LOCAL(name)	/* nothing */

#define SYM_ENTRY(name, linkage, align...) \
	linkage(name) ASM_NL align ASM_NL name:
#define SYM_START(name, linkage, align...) \
	SYM_ENTRY(name, linkage, align)
#define SYM_END(name, sym_type) \
	.type name, sym_type ASM_NL \
	.equ .L__sym_size_##name, .-name ASM_NL \
	.size name, .L__sym_size_##name

#define SYM_INNER_LABEL_ALIGN(name, linkage) \
	.type name, SYM_T_NONE ASM_NL SYM_ENTRY(name, linkage, SYM_A_ALIGN)
#define SYM_INNER_LABEL(name, linkage) \
	.type name, SYM_T_NONE ASM_NL SYM_ENTRY(name, linkage, SYM_A_NONE)

/*
 * Functions and code: an arch whose function symbols are not the code
 * (ppc64 ELFv1: a descriptor in .opd) defines SYM_CODE_ENTRY and
 * SYM_CODE_SIZE in <asm/linkage.h>; data never goes through them.
 */
#ifndef SYM_CODE_ENTRY
#define SYM_CODE_ENTRY(name, linkage, align...)	SYM_START(name, linkage, align)
#define SYM_CODE_SIZE(name, sym_type)		SYM_END(name, sym_type)
#endif

#define SYM_FUNC_START(name)		SYM_CODE_ENTRY(name, SYM_L_GLOBAL, SYM_A_ALIGN)
#define SYM_FUNC_START_LOCAL(name)	SYM_CODE_ENTRY(name, SYM_L_LOCAL, SYM_A_ALIGN)
#define SYM_FUNC_START_WEAK(name)	SYM_CODE_ENTRY(name, SYM_L_WEAK, SYM_A_ALIGN)
#define SYM_FUNC_END(name)		SYM_CODE_SIZE(name, SYM_T_FUNC)

#define SYM_CODE_START(name)		SYM_CODE_ENTRY(name, SYM_L_GLOBAL, SYM_A_ALIGN)
#define SYM_CODE_START_LOCAL(name)	SYM_CODE_ENTRY(name, SYM_L_LOCAL, SYM_A_ALIGN)
#define SYM_CODE_START_NOALIGN(name)	SYM_CODE_ENTRY(name, SYM_L_GLOBAL, SYM_A_NONE)
#define SYM_CODE_START_LOCAL_NOALIGN(name) SYM_CODE_ENTRY(name, SYM_L_LOCAL, SYM_A_NONE)
#define SYM_CODE_END(name)		SYM_CODE_SIZE(name, SYM_T_NONE)

#define SYM_DATA_START(name)		SYM_START(name, SYM_L_GLOBAL, SYM_A_NONE)
#define SYM_DATA_START_LOCAL(name)	SYM_START(name, SYM_L_LOCAL, SYM_A_NONE)
#define SYM_DATA_END(name)		SYM_END(name, SYM_T_OBJECT)
#define SYM_DATA_END_LABEL(name, linkage, label) \
	linkage(label) ASM_NL .type label, SYM_T_OBJECT ASM_NL label: \
	SYM_END(name, SYM_T_OBJECT)
#define SYM_DATA(name, data...) \
	SYM_DATA_START(name) ASM_NL data ASM_NL SYM_DATA_END(name)
#define SYM_DATA_LOCAL(name, data...) \
	SYM_DATA_START_LOCAL(name) ASM_NL data ASM_NL SYM_DATA_END(name)

#endif /* __ASSEMBLY__ */
#endif /* _LINUX_LINKAGE_H */
