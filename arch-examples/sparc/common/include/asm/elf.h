/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SPARC_ELF_H
#define _REF_ASM_SPARC_ELF_H

/* Linux 3.8 arch/sparc/include/asm/elf_64.h: 64-bit, big-endian, SPARC V9. */
#define ELF_CLASS	ELFCLASS64
#define ELF_DATA	ELFDATA2MSB
#define ELF_ARCH	EM_SPARCV9

#include <asm-generic/elf.h>

#endif
