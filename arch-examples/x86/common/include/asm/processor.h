/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_X86_PROCESSOR_H
#define _REF_ASM_X86_PROCESSOR_H

#include <linux/types.h>
#include <asm/ptrace.h>
#include <asm/segment.h>
#include <asm/thread_info.h>

/* What x86 keeps per task outside thread_info (Linux 3.8's, cut down). */
struct thread_struct {
	unsigned long sp0;	/* stack top: TSS.sp0 while the task runs */
	unsigned long sp;	/* kernel sp, saved by switch_to() */
#ifdef CONFIG_X86_32
	unsigned long ip;	/* where switch_to() resumes the task */
#endif
};

/*
 * The hardware task state segment: only sp0 (the stack a trap from user
 * mode switches to) is used; no I/O bitmap (io_bitmap_base past the end).
 */
#ifdef CONFIG_X86_32
struct tss_struct {
	u16 back_link, __blh;
	u32 sp0;
	u16 ss0, __ss0h;
	u32 __unused[22];	/* sp1 .. ldt: no hardware task switches */
	u16 trace, io_bitmap_base;
} __attribute__((packed));
#else
struct tss_struct {
	u32 reserved1;
	u64 sp0, sp1, sp2;
	u64 reserved2;
	u64 ist[7];
	u32 reserved3, reserved4;
	u16 reserved5, io_bitmap_base;
} __attribute__((packed));
#endif

extern struct tss_struct init_tss;
#ifdef CONFIG_X86_64
extern unsigned long kernel_stack;	/* the syscall entry's stack: sp0 */
#endif

/*
 * Where a task that is not running resumes, for show_newborn_stack(): i386
 * keeps the address; x86_64 resumes every task inside switch_to(), except
 * a newborn (TIF_FORK), which switch_to() sends to ret_from_fork.
 */
#define thread_saved_sp(tsk)	((tsk)->thread.sp)
#ifdef CONFIG_X86_32
#define thread_saved_pc(tsk)	((tsk)->thread.ip)
#else
#define thread_saved_pc(tsk)						\
	(task_thread_info(tsk)->flags & _TIF_FORK ?			\
	 (unsigned long)ret_from_fork : 0UL)
#endif

/*
 * The pt_regs slot of @task.  i386 (Linux 3.8 processor.h): below the
 * 8-byte padding at the stack top.  x86_64: right below thread.sp0, which
 * copy_thread() sets to the stack top.
 */
#ifdef CONFIG_X86_32
#define task_pt_regs(task)						\
	((struct pt_regs *)((unsigned long)(task)->stack + THREAD_SIZE -\
			    TOP_OF_KERNEL_STACK_PADDING) - 1)
#else
#define task_pt_regs(task)	((struct pt_regs *)(task)->thread.sp0 - 1)
#endif

/*
 * Set up @regs to enter a new user image at @new_ip on stack @new_sp: user
 * segments, every general register zero (Linux: ELF_PLAT_INIT).  Linux
 * also sets X86_EFLAGS_IF; this kernel never takes interrupts, so user
 * mode runs with IF clear too.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long new_ip,
				unsigned long new_sp)
{
	*regs = (struct pt_regs) {
#ifdef CONFIG_X86_32
		.ds = __USER_DS,
		.es = __USER_DS,
#endif
		.cs = __USER_CS,
		.ss = __USER_DS,
		.ip = new_ip,
		.sp = new_sp,
		.flags = X86_EFLAGS_BIT1,
	};
}

#endif
