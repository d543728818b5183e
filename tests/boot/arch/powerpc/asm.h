/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the powerpc *.S files share, for 32 and 64 bits (chosen by the
 * compiler's __powerpc64__).  On ppc64 (ELFv1, big-endian) a function's
 * symbol is its descriptor in .opd (entry, TOC base, 0) and the code is
 * at .L.name: C calls through the descriptor, and the ELF entry (_start)
 * is one too, which the kernel reads for the PC and r2.
 */
#ifndef BOOT_ASM_H
#define BOOT_ASM_H

#ifdef __powerpc64__
#define FUNC_START(name)					\
	.globl	name;						\
	.section ".opd", "aw";					\
	.balign	8;						\
name:	.quad	.L.name, .TOC.@tocbase, 0;			\
	.previous;						\
	.type	name, @function;				\
.L.name:
#define FUNC_END(name)	.size	name, . - .L.name
#else
#define FUNC_START(name)					\
	.globl	name;						\
	.type	name, %function;				\
name:
#define FUNC_END(name)	.size	name, . - name
#endif

#endif /* BOOT_ASM_H */
