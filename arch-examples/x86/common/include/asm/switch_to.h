/* SPDX-License-Identifier: GPL-2.0 */
/*
 * switch_to(prev, next, last), as Linux 3.8's arch/x86/include/asm/
 * switch_to.h: inline asm that saves the flags and the frame pointer on
 * prev's stack, swaps stack pointers through task->thread.sp, and calls
 * __switch_to() (process.c) on next's stack.  Every other register is
 * declared clobbered, so the compiler saves what it needs around it: no
 * register file is stored in the task.  In next's context, "last" is the
 * task that ran before (what __switch_to returned).
 *
 * A newborn is resumed differently on the two targets:
 *  - i386 pushes next->thread.ip as __switch_to's return address, which is
 *    "1:" for a task that switched out here and ret_from_fork or
 *    ret_from_kernel_thread for a newborn (copy_thread() sets it);
 *  - x86_64 has only one resume address.  copy_thread() sets TIF_FORK on a
 *    newborn instead, and switch_to tests it after __switch_to returns:
 *    the branch the seed RFC describes as "much nicer on the branch
 *    predictor" than storing an address.
 * Either way the newborn starts with sp = its pt_regs, last in eax / rdi.
 */
#ifndef _REF_ASM_X86_SWITCH_TO_H
#define _REF_ASM_X86_SWITCH_TO_H

#include <linux/sched.h>

/*
 * i386 enters __switch_to() by jmp with prev, next in eax, edx: Linux's
 * regparm calling convention, for this function only here.
 */
#ifdef CONFIG_X86_32
#define __switch_to_regparm	__attribute__((regparm(3)))
#else
#define __switch_to_regparm
#endif

__switch_to_regparm struct task_struct *__switch_to(struct task_struct *prev,
						    struct task_struct *next);

#ifdef CONFIG_X86_32

#define switch_to(prev, next, last)					\
do {									\
	unsigned long ebx, ecx, edx, esi, edi;				\
									\
	asm volatile("pushfl\n\t"		/* save flags */	\
		     "pushl %%ebp\n\t"		/* save ebp */		\
		     "movl %%esp, %[prev_sp]\n\t" /* save esp */	\
		     "movl %[next_sp], %%esp\n\t" /* now on next's stack */ \
		     "movl $1f, %[prev_ip]\n\t"	/* prev resumes at 1: */ \
		     "pushl %[next_ip]\n\t"	/* next resumes there */ \
		     "jmp __switch_to\n"	/* ... when this returns */ \
		     "1:\t"						\
		     "popl %%ebp\n\t"		/* restore ebp */	\
		     "popfl\n"			/* restore flags */	\
		     : [prev_sp] "=m" ((prev)->thread.sp),		\
		       [prev_ip] "=m" ((prev)->thread.ip),		\
		       "=a" (last),					\
		       "=b" (ebx), "=c" (ecx), "=d" (edx),		\
		       "=S" (esi), "=D" (edi)				\
		     : [next_sp] "m" ((next)->thread.sp),		\
		       [next_ip] "m" ((next)->thread.ip),		\
		       [prev] "a" (prev),				\
		       [next] "d" (next)				\
		     : "memory");					\
} while (0)
#else
#define switch_to(prev, next, last)					\
do {									\
	unsigned long rsi, rdi;						\
									\
	asm volatile("pushf\n\t"		/* save flags */	\
		     "pushq %%rbp\n\t"		/* save rbp */		\
		     "movq %%rsi, %%rbp\n\t"	/* rbp = next */	\
		     "movq %%rsp, %P[threadrsp](%[prev])\n\t"		\
		     "movq %P[threadrsp](%[next]), %%rsp\n\t"		\
		     "call __switch_to\n\t"	/* now on next's stack */ \
		     "movq %%rax, %%rdi\n\t"	/* last: ret_from_fork's arg */ \
		     "movq %P[stack](%%rbp), %%r8\n\t" /* next's thread_info */ \
		     "testl %[tif_fork], %P[ti_flags](%%r8)\n\t"	\
		     "jnz ret_from_fork\n\t"	/* a newborn: never back here */ \
		     "movq %%rbp, %%rsi\n\t"				\
		     "popq %%rbp\n\t"		/* restore rbp */	\
		     "popf\n"			/* restore flags */	\
		     : "=a" (last), "=S" (rsi), "=D" (rdi)		\
		     : [next] "1" (next), [prev] "2" (prev),		\
		       [threadrsp] "i" (offsetof(struct task_struct, thread.sp)), \
		       [stack] "i" (offsetof(struct task_struct, stack)),	\
		       [ti_flags] "i" (offsetof(struct thread_info, flags)), \
		       [tif_fork] "i" (_TIF_FORK)			\
		     : "memory", "cc", "rbx", "rcx", "rdx", "r8", "r9",	\
		       "r10", "r11", "r12", "r13", "r14", "r15");	\
} while (0)
#endif

#endif
