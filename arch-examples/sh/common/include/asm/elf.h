/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SH_ELF_H
#define _REF_ASM_SH_ELF_H

#define ELF_CLASS	ELFCLASS32
#define ELF_DATA	ELFDATA2LSB
#define ELF_ARCH	EM_SH

#include <asm-generic/elf.h>

#endif
