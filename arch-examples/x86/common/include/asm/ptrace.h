/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs, the kernel's own (arch/x86/include/asm/ptrace.h, Linux
 * 3.8), not the UAPI one: the same slots under short names (bx, not ebx).
 * Its order is the order the entry code pushes: the hardware's frame at
 * the top (ss, sp, flags, cs, ip), then orig_ax (the syscall number or a
 * fault's error code), then what entry_32.S / entry_64.S save.
 *
 * i386 saves everything on every entry (SAVE_ALL).  x86_64 saves only the
 * caller-saved part on a system call (the "partial frame", from r11 up);
 * r15..bx, the callee-saved "rest", are filled only where a syscall needs
 * them: fork, vfork, clone and execve go through stubs that SAVE_REST.
 */
#ifndef _REF_ASM_X86_PTRACE_H
#define _REF_ASM_X86_PTRACE_H

#include <asm/segment.h>

#define X86_EFLAGS_BIT1		0x00000002	/* always set */
#define X86_EFLAGS_TF		0x00000100
#define X86_EFLAGS_IF		0x00000200
#define X86_EFLAGS_DF		0x00000400
#define X86_EFLAGS_IOPL		0x00003000
#define X86_EFLAGS_AC		0x00040000

#ifndef __ASSEMBLY__
#ifdef CONFIG_X86_32
struct pt_regs {
	unsigned long bx;	/* syscall arguments 1-6: bx cx dx si di bp */
	unsigned long cx;
	unsigned long dx;
	unsigned long si;
	unsigned long di;
	unsigned long bp;
	unsigned long ax;	/* syscall number in, result out */
	unsigned long ds;
	unsigned long es;
	unsigned long fs;
	unsigned long gs;
	unsigned long orig_ax;
	unsigned long ip;	/* the CPU's frame from here up; */
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;	/* sp and ss only from user mode */
	unsigned long ss;
};
#else
struct pt_regs {
	unsigned long r15;	/* the "rest": callee-saved */
	unsigned long r14;
	unsigned long r13;
	unsigned long r12;
	unsigned long bp;
	unsigned long bx;
	unsigned long r11;	/* the partial frame: caller-saved */
	unsigned long r10;
	unsigned long r9;
	unsigned long r8;
	unsigned long ax;
	unsigned long cx;
	unsigned long dx;
	unsigned long si;
	unsigned long di;
	unsigned long orig_ax;
	unsigned long ip;	/* the CPU's frame (or syscall's rcx/r11) */
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;
	unsigned long ss;
};
#endif

#define user_mode(regs)	(((regs)->cs & SEGMENT_RPL_MASK) == USER_RPL)
#define instruction_pointer(regs) ((regs)->ip)
#endif

#endif
