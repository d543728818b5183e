/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86 (i386 and x86_64, one directory as Linux's arch/x86): what the
 * generic boot test needs to know.  Each *.S file next to this header
 * holds both targets' code, chosen by the compiler's __x86_64__.
 */
#ifndef BOOT_ARCH_H
#define BOOT_ARCH_H

/*
 * The SysV ABI's callee-saved integer registers and the stack pointer, in
 * the bit order of arch_fork_regs_check() (fork_regs.S).
 */
#ifdef __x86_64__
#define ARCH_CALLEE_SAVED_NAMES \
	"rbx", "rbp", "r12", "r13", "r14", "r15", "rsp"
#else
#define ARCH_CALLEE_SAVED_NAMES \
	"ebx", "esi", "edi", "ebp", "esp"
#endif

#endif /* BOOT_ARCH_H */
