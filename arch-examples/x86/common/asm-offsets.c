// SPDX-License-Identifier: GPL-2.0
/*
 * Offsets the x86 entry code and the stack diagrams need (see linux/kbuild.h),
 * with Linux's names: PT_EBX.. for i386 (asm-offsets_32.c), and for x86_64
 * the calling.h frame (R15..SS, here PT_R15..PT_SS) with ARGOFFSET, where
 * the partial frame of a system call starts.
 */
#include <linux/kbuild.h>
#include <linux/syscalls.h>

void asm_offsets(void);

#define PT(sym, mem)	OFFSET(sym, pt_regs, mem)

void asm_offsets(void)
{
	COMMON_ASM_OFFSETS(THREAD_SIZE - TOP_OF_KERNEL_STACK_PADDING -
			   sizeof(struct pt_regs));

	OFFSET(TI_task, thread_info, task);
	OFFSET(TI_flags, thread_info, flags);
	OFFSET(TASK_threadsp, task_struct, thread.sp);
#ifdef CONFIG_X86_32
	OFFSET(TASK_threadip, task_struct, thread.ip);
	PT(PT_EBX, bx);
	PT(PT_ECX, cx);
	PT(PT_EDX, dx);
	PT(PT_ESI, si);
	PT(PT_EDI, di);
	PT(PT_EBP, bp);
	PT(PT_EAX, ax);
	PT(PT_DS, ds);
	PT(PT_ES, es);
	PT(PT_FS, fs);
	PT(PT_GS, gs);
	PT(PT_ORIG_EAX, orig_ax);
	PT(PT_EIP, ip);
	PT(PT_CS, cs);
	PT(PT_EFLAGS, flags);
	PT(PT_OLDESP, sp);
	PT(PT_OLDSS, ss);
	/* entry_32.S hands sys_*() a copy of their six arguments. */
	DEFINE(SYSCALL_ARGS_SIZE, 6 * sizeof(long));
#else
	PT(PT_R15, r15);
	PT(PT_R14, r14);
	PT(PT_R13, r13);
	PT(PT_R12, r12);
	PT(PT_RBP, bp);
	PT(PT_RBX, bx);
	PT(PT_R11, r11);
	PT(PT_R10, r10);
	PT(PT_R9, r9);
	PT(PT_R8, r8);
	PT(PT_RAX, ax);
	PT(PT_RCX, cx);
	PT(PT_RDX, dx);
	PT(PT_RSI, si);
	PT(PT_RDI, di);
	PT(PT_ORIG_RAX, orig_ax);
	PT(PT_RIP, ip);
	PT(PT_CS, cs);
	PT(PT_EFLAGS, flags);
	PT(PT_RSP, sp);
	PT(PT_SS, ss);
	/* The callee-saved "rest" below the partial frame, as in calling.h. */
	DEFINE(ARGOFFSET, offsetof(struct pt_regs, r11));
	DEFINE(REST_SKIP, offsetof(struct pt_regs, r11));
#endif
	DEFINE(PTREGS_SIZE, sizeof(struct pt_regs));
	DEFINE(NR_SYSCALLS, NR_syscalls);
}
