/* SPDX-License-Identifier: GPL-2.0 */
/*
 * um's struct pt_regs: what PTRACE_GETREGS reads out of the host process
 * that runs user mode, in the host's order (the UAPI user_regs_struct of
 * x86_64, whose byte offsets <asm/ptrace-abi.h> names: R15 0 ... GS 208).
 * Linux's um keeps the same words in uml_pt_regs.gp[] and reaches them
 * through HOST_* indices; here they have x86's short names.
 *
 * These registers never sit on a kernel stack: they live in
 * task->thread.regs, and the kernel's own registers are the host
 * process's, saved by switch_to() in thread.switch_buf.
 */
#ifndef _REF_ASM_UM_PTRACE_H
#define _REF_ASM_UM_PTRACE_H

#ifndef __ASSEMBLY__
struct pt_regs {
	unsigned long r15;
	unsigned long r14;
	unsigned long r13;
	unsigned long r12;
	unsigned long bp;
	unsigned long bx;
	unsigned long r11;
	unsigned long r10;	/* the syscall's fourth argument */
	unsigned long r9;
	unsigned long r8;
	unsigned long ax;	/* the result */
	unsigned long cx;
	unsigned long dx;
	unsigned long si;
	unsigned long di;
	unsigned long orig_ax;	/* the syscall number at a syscall stop */
	unsigned long ip;
	unsigned long cs;
	unsigned long flags;
	unsigned long sp;
	unsigned long ss;
	unsigned long fs_base;
	unsigned long gs_base;
	unsigned long ds;
	unsigned long es;
	unsigned long fs;
	unsigned long gs;
};

/* Only user registers are ever kept in a pt_regs on um. */
#define user_mode(regs)		((void)(regs), 1)
#define instruction_pointer(regs) ((regs)->ip)

/* Linux's PT_REGS_SET_SYSCALL_RETURN (arch/x86/um/shared/sysdep/ptrace.h). */
#define PT_REGS_SET_SYSCALL_RETURN(regs, res)	((regs)->ax = (res))
#define PT_REGS_SP(regs)			((regs)->sp)
#endif

#endif
