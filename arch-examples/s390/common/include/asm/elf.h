/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_S390_ELF_H
#define _REF_ASM_S390_ELF_H

#define ELF_CLASS	ELFCLASS64
#define ELF_DATA	ELFDATA2MSB
#define ELF_ARCH	EM_S390

#include <asm-generic/elf.h>

#endif
