/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SPARC_ELF_H
#define _REF_ASM_SPARC_ELF_H

/* Linux 3.8 arch/sparc/include/asm/elf_64.h: 64-bit, big-endian, SPARC V9. */
#define ELF_CLASS	ELFCLASS64
#define ELF_DATA	ELFDATA2MSB
#define ELF_ARCH	EM_SPARCV9
/*
 * Linux 3.8 arch/sparc/include/asm/elf_64.h: ELF_EXEC_PAGESIZE is PAGE_SIZE,
 * 8 KiB (page_64.h PAGE_SHIFT 13), so AT_PAGESZ says 8192, as on Linux.
 * Ours maps the user window with locked 64 KiB TLB entries (common/mmu.c),
 * a multiple of 8 KiB; /init's segments are laid out on 8 KiB
 * (USER_PAGE_SIZE in sparc64.mk).
 */
#define ELF_EXEC_PAGESIZE	8192

#include <asm-generic/elf.h>

#endif
