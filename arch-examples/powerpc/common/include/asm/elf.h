/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_POWERPC_ELF_H
#define _REF_ASM_POWERPC_ELF_H

/* Big-endian both; ppc64 is ELFv1, as every 2012 ppc64 Linux was. */
#ifdef CONFIG_PPC64
#define ELF_CLASS	ELFCLASS64
#define ELF_ARCH	EM_PPC64
#else
#define ELF_CLASS	ELFCLASS32
#define ELF_ARCH	EM_PPC
#endif
#define ELF_DATA	ELFDATA2MSB

#include <asm-generic/elf.h>

#endif
