/* SPDX-License-Identifier: GPL-2.0 */
/*
 * elf_check_arch() from the architecture's three constants: ELF_CLASS,
 * ELF_DATA and ELF_ARCH, which its <asm/elf.h> defines before including
 * this.  An image runs only if its class, byte order and machine are the
 * kernel's (Linux spells this test in every arch/<arch>/include/asm/elf.h;
 * what differs between them is only the constants).
 */
#ifndef _REF_ASM_GENERIC_ELF_H
#define _REF_ASM_GENERIC_ELF_H

#include <linux/elf.h>

#define elf_check_arch(x) \
	((x)->e_ident[EI_CLASS] == ELF_CLASS && \
	 (x)->e_ident[EI_DATA] == ELF_DATA && (x)->e_machine == ELF_ARCH)

#endif
