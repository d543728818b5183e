/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ALPHA_ELF_H
#define _REF_ASM_ALPHA_ELF_H

#define ELF_CLASS	ELFCLASS64
#define ELF_DATA	ELFDATA2LSB
#define ELF_ARCH	EM_ALPHA
/* Linux 3.8 arch/alpha/include/asm/elf.h: AT_PAGESZ is the 8 KiB page. */
#define ELF_EXEC_PAGESIZE	8192

#include <asm-generic/elf.h>

#endif
