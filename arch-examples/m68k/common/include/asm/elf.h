/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_M68K_ELF_H
#define _REF_ASM_M68K_ELF_H

#define ELF_CLASS	ELFCLASS32
#define ELF_DATA	ELFDATA2MSB
#define ELF_ARCH	EM_68K

#include <asm-generic/elf.h>

#endif
