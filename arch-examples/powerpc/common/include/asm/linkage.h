/* SPDX-License-Identifier: GPL-2.0 */
/* How powerpc aligns assembly symbols: 4 bytes, one instruction. */
#ifndef _ASM_LINKAGE_H
#define _ASM_LINKAGE_H

#define __ALIGN		.balign 4

#ifdef CONFIG_PPC64
/*
 * ppc64 ELFv1 (Linux 3.x arch/powerpc/include/asm/ppc_asm.h _GLOBAL): a
 * function's symbol is its descriptor in .opd (entry, TOC base, 0), the
 * code is the local dot symbol .name, as in Linux 3.x.  C takes the
 * descriptor's address for a function pointer (sys_call_table,
 * copy_thread()'s ret_from_fork); the linker resolves a bl to the
 * descriptor symbol to the code.  Both are sized by the code, as GCC
 * sizes its own descriptors.
 */
#define SYM_CODE_ENTRY(name, linkage, align...)			\
	linkage(name) ASM_NL					\
	.pushsection ".opd", "aw" ASM_NL			\
	.balign 8 ASM_NL					\
name:	.quad .name, .TOC.@tocbase, 0 ASM_NL			\
	.popsection ASM_NL					\
	align ASM_NL						\
.name:
#define SYM_CODE_SIZE(name, sym_type)				\
	.type name, @function ASM_NL				\
	.type .name, @function ASM_NL				\
	.size .name, . - .name ASM_NL				\
	.size name, . - .name
#endif

#endif
