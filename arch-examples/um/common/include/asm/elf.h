/* SPDX-License-Identifier: GPL-2.0 */
/* um runs the host's programs: x86_64 ELF (Linux arch/x86/um/asm/elf.h). */
#ifndef _REF_ASM_UM_ELF_H
#define _REF_ASM_UM_ELF_H

#define ELF_CLASS	ELFCLASS64
#define ELF_DATA	ELFDATA2LSB
#define ELF_ARCH	EM_X86_64

#include <asm-generic/elf.h>

#endif
