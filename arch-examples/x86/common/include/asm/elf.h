/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_X86_ELF_H
#define _REF_ASM_X86_ELF_H

#ifdef CONFIG_X86_32
#define ELF_CLASS	ELFCLASS32
#define ELF_ARCH	EM_386
#else
#define ELF_CLASS	ELFCLASS64
#define ELF_ARCH	EM_X86_64
#endif
#define ELF_DATA	ELFDATA2LSB

#include <asm-generic/elf.h>

#endif
