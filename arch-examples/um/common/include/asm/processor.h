/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _REF_ASM_UM_PROCESSOR_H
#define _REF_ASM_UM_PROCESSOR_H

#include <linux/types.h>
#include <asm/ptrace.h>
#include <asm/thread_info.h>

/*
 * A kernel context of the host process, as switch_threads() (switch.S)
 * saves and loads it: the callee-saved registers, the stack pointer and
 * where to resume.  The layout of Linux's arch/x86/um/setjmp_64.S jmp_buf
 * (klibc's): rbx, rsp, rbp, r12-r15, the return address.
 */
struct um_jmp_buf {
	unsigned long bx;
	unsigned long sp;
	unsigned long bp;
	unsigned long r12;
	unsigned long r13;
	unsigned long r14;
	unsigned long r15;
	unsigned long ip;
};

/*
 * What um keeps per task (Linux 3.6/3.8 arch/um/include/asm/processor-generic.h,
 * cut down): the user registers themselves (pt_regs are here, not on the
 * stack), the task that switched to this one, the kernel thread request
 * that carries fn and arg, and the switch buffer.  The old flow's
 * kernel_execve() longjmps to exec_buf to leave the exec'ing kernel thread.
 */
struct thread_struct {
	struct pt_regs regs;
	struct task_struct *prev_sched;
	struct {
		union {
			struct {
				int (*proc)(void *);
				void *arg;
			} thread;
		} u;
	} request;
	struct um_jmp_buf switch_buf;
#ifndef CONFIG_GENERIC_KERNEL_EXECVE
	struct um_jmp_buf *exec_buf;
#endif
};

#define task_pt_regs(tsk)	(&(tsk)->thread.regs)

/* Where a task that is not running resumes, and on which stack. */
#define thread_saved_pc(tsk)	((tsk)->thread.switch_buf.ip)
#define thread_saved_sp(tsk)	((tsk)->thread.switch_buf.sp)

/*
 * Linux 3.6/3.8 arch/um/os-Linux/registers.c get_safe_registers(): the
 * registers of a user process at rest, read once from the host child when
 * it started (segment selectors and flags the host accepts back through
 * PTRACE_SETREGS), general registers zero.
 */
void get_safe_registers(struct pt_regs *regs);

/*
 * Linux 3.6/3.8 arch/um/kernel/exec.c start_thread(): a new user image at
 * @eip on stack @esp, every other register as get_safe_registers() has it.
 */
static inline void start_thread(struct pt_regs *regs, unsigned long eip,
				unsigned long esp)
{
	get_safe_registers(regs);
	regs->ip = eip;
	regs->sp = esp;
}

/* switch.S and setup.c */
int um_setjmp(struct um_jmp_buf *buf);
void um_longjmp(struct um_jmp_buf *buf, int val) __attribute__((__noreturn__));
void switch_threads(struct um_jmp_buf *me, struct um_jmp_buf *you);
void new_thread(void *stack, struct um_jmp_buf *buf, void (*handler)(void));
void userspace(struct pt_regs *regs) __attribute__((__noreturn__));

#endif
