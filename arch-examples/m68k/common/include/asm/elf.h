/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_M68K_ELF_H
#define _REF_ASM_M68K_ELF_H

#include <linux/elf.h>

#define ELF_CLASS	ELFCLASS32
#define ELF_DATA	ELFDATA2MSB
#define ELF_ARCH	EM_68K

#define elf_check_arch(x) \
	((x)->e_ident[EI_CLASS] == ELF_CLASS && \
	 (x)->e_ident[EI_DATA] == ELF_DATA && (x)->e_machine == ELF_ARCH)

#endif
