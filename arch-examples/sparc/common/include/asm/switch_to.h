/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_SPARC_SWITCH_TO_H
#define _REF_ASM_SPARC_SWITCH_TO_H

#include <linux/sched.h>

/* Linux's asm-offsets names, for the asm below. */
#define TI_WSTATE	offsetof(struct thread_info, wstate)
#define TI_KSP		offsetof(struct thread_info, ksp)
#define TI_NEW_CHILD	offsetof(struct thread_info, new_child)
#define TI_CWP		offsetof(struct thread_info, cwp)
#define TI_TASK		offsetof(struct thread_info, task)

/*
 * Linux 3.8 arch/sparc/include/asm/switch_to_64.h switch_to().  First every
 * window goes to its stack (flushw: Linux does it in prepare_arch_switch(),
 * flushw_all()), the user's windows to the user stack while prev's mm is
 * still in the user window.  Then prev's %i6/%i7 go into the save area at
 * its %sp, its %sp, %wstate and %cwp into its thread_info; next's come
 * back, %g6/%g4 become next's.  A newborn (new_child) continues at
 * ret_from_syscall in the window copy_thread() chose; anyone else returns
 * from this asm into schedule(), and its restore fills the window from its
 * stack.  last = prev, carried in %g7 (prev's %g4).
 *
 * Linux also raises %pil around the switch and writes next's current_ds
 * into %asi; this kernel takes no interrupts and reaches user memory with
 * plain loads, so neither is needed.
 */
#define switch_to(prev, next, last)					\
do {									\
	trap_block[0].thread = task_thread_info(next);			\
	__asm__ __volatile__(						\
	"flushw\n\t"							\
	"mov	%%g4, %%g7\n\t"						\
	"stx	%%i6, [%%sp + 2047 + 0x70]\n\t"				\
	"stx	%%i7, [%%sp + 2047 + 0x78]\n\t"				\
	"rdpr	%%wstate, %%o5\n\t"					\
	"stx	%%o6, [%%g6 + %5]\n\t"					\
	"stb	%%o5, [%%g6 + %4]\n\t"					\
	"rdpr	%%cwp, %%o5\n\t"					\
	"stb	%%o5, [%%g6 + %7]\n\t"					\
	"mov	%3, %%g6\n\t"						\
	"ldub	[%3 + %7], %%g1\n\t"					\
	"wrpr	%%g1, %%cwp\n\t"					\
	"ldx	[%%g6 + %5], %%o6\n\t"					\
	"ldub	[%%g6 + %4], %%o5\n\t"					\
	"ldub	[%%g6 + %6], %%o7\n\t"					\
	"wrpr	%%o5, 0x0, %%wstate\n\t"				\
	"ldx	[%%sp + 2047 + 0x70], %%i6\n\t"				\
	"ldx	[%%sp + 2047 + 0x78], %%i7\n\t"				\
	"ldx	[%%g6 + %8], %%g4\n\t"					\
	"brz,pt %%o7, switch_to_pc\n\t"					\
	" mov	%%g7, %0\n\t"						\
	"sethi	%%hi(ret_from_syscall), %%g1\n\t"			\
	"jmpl	%%g1 + %%lo(ret_from_syscall), %%g0\n\t"		\
	" nop\n\t"							\
	".globl switch_to_pc\n\t"					\
	"switch_to_pc:\n\t"						\
	: "=&r" (last), "=r" (current), "=r" (current_thread_info_reg)	\
	: "0" (task_thread_info(next)),					\
	  "i" (TI_WSTATE), "i" (TI_KSP), "i" (TI_NEW_CHILD),		\
	  "i" (TI_CWP), "i" (TI_TASK)					\
	: "cc", "memory",						\
	  "g1", "g2", "g3", "g7",					\
	  "l1", "l2", "l3", "l4", "l5", "l6", "l7",		\
	  "i0", "i1", "i2", "i3", "i4", "i5",				\
	  "o0", "o1", "o2", "o3", "o4", "o5", "o7");			\
} while (0)

/* Linux 3.8 arch/sparc/include/asm/trap_block.h, the one field used:
 * where the entry code finds the thread_info of the task on this CPU. */
struct trap_per_cpu {
	struct thread_info *thread;
};
extern struct trap_per_cpu trap_block[1];

#endif
