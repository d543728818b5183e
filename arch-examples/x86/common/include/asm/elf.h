/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_X86_ELF_H
#define _REF_ASM_X86_ELF_H

#include <linux/elf.h>

#ifdef CONFIG_X86_32
#define ELF_CLASS	ELFCLASS32
#define ELF_ARCH	EM_386
#else
#define ELF_CLASS	ELFCLASS64
#define ELF_ARCH	EM_X86_64
#endif
#define ELF_DATA	ELFDATA2LSB

#define elf_check_arch(x) \
	((x)->e_ident[EI_CLASS] == ELF_CLASS && \
	 (x)->e_ident[EI_DATA] == ELF_DATA && (x)->e_machine == ELF_ARCH)

#endif
