/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_ARM_PROCESSOR_H
#define _REF_ASM_ARM_PROCESSOR_H

#include <asm/ptrace.h>
#include <asm/thread_info.h>

/* Everything arm keeps per thread is in thread_info (cpu_context). */
struct thread_struct {
};

/* The pt_regs slot: right under THREAD_START_SP. */
#define task_pt_regs(p) \
	((struct pt_regs *)((unsigned long)(p)->stack + THREAD_START_SP) - 1)

/* Where a task that is not running will resume, and on which stack. */
#define thread_saved_pc(tsk)	(task_thread_info(tsk)->cpu_context.pc)
#define thread_saved_sp(tsk)	(task_thread_info(tsk)->cpu_context.sp)

/*
 * Linux 3.8 arch/arm/include/asm/processor.h start_thread(): set up @regs
 * to enter a new user image at @pc on stack @sp, in USR mode, interrupts
 * on; in Thumb state if the ELF entry has bit 0 set (a Thumb-2 program, as
 * Debian's armhf compiler builds by default).  r0-r2 get argc, argv and
 * envp from the first three words of the stack create_elf_tables() built;
 * the rest of the registers start at zero.
 *
 * Differs from Linux: no elf_hwcap test (every CPU this port runs on has
 * Thumb), no 26-bit mode, no PSR_ENDSTATE (little-endian only).
 */
static inline void start_thread(struct pt_regs *regs, unsigned long pc,
				unsigned long sp)
{
	const unsigned long *stack = (const unsigned long *)sp;
	unsigned int i;

	for (i = 0; i < sizeof(regs->uregs) / sizeof(regs->uregs[0]); i++)
		regs->uregs[i] = 0;
	regs->ARM_cpsr = USR_MODE;
	if (pc & 1)
		regs->ARM_cpsr |= PSR_T_BIT;
	regs->ARM_pc = pc & ~1ul;
	regs->ARM_sp = sp;
	regs->ARM_r2 = stack[2];	/* envp */
	regs->ARM_r1 = stack[1];	/* argv */
	regs->ARM_r0 = stack[0];	/* argc */
}

#endif
