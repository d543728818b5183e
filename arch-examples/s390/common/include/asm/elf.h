/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_S390_ELF_H
#define _REF_ASM_S390_ELF_H

#include <linux/elf.h>

#define ELF_CLASS	ELFCLASS64
#define ELF_DATA	ELFDATA2MSB
#define ELF_ARCH	EM_S390

#define elf_check_arch(x) \
	((x)->e_ident[EI_CLASS] == ELF_CLASS && \
	 (x)->e_ident[EI_DATA] == ELF_DATA && (x)->e_machine == ELF_ARCH)

#endif
