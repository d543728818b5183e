/* SPDX-License-Identifier: GPL-2.0 */
/*
 * s390 system call and program check entry and exit, and the context
 * switch, shared by the old and the new flow (Linux 3.6-3.8
 * arch/s390/kernel/entry64.S, without the timers, tracing, signals,
 * rescheduling and the interrupts that this kernel never enables).
 *
 * An interruption stores the old PSW in the lowcore and loads the new
 * one, nothing else: the entry code saves r8-r15 in the lowcore first to
 * have registers to work with, then builds pt_regs above a C stack frame
 * at the top of the task's kernel stack (__LC_KERNEL_STACK):
 *
 *	kernel_stack  +----------------------+
 *	              |  int_parm_long       |
 *	              |  int_code, orig_gpr2 |
 *	              |  gprs[0..15]         |  r15: the user's sp
 *	              |  psw (mask, addr)    |  the old PSW
 *	   %r11 ->    |  args[0] = r7        |  struct pt_regs
 *	              +----------------------+  (task_pt_regs)
 *	              |  160-byte frame      |  STACK_FRAME_OVERHEAD:
 *	   %r15 ->    |  back chain = 0      |  sys_*() save r6-r15 here
 *	              +----------------------+
 *
 * While in the kernel r11 points at pt_regs and r12 at thread_info: both
 * are callee-saved in the C ABI, so they survive every call.
 */
#include <linux/linkage.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.8 entry64.S system_call.  svc NN with NN < 256 is syscall NN;
 * svc 0 takes the number from r1 (where NN does not fit).  Arguments in
 * r2-r7, the sixth also at 160(%r15) where C looks for it; the result in
 * r2.  Every other register comes back as it was.  The table holds
 * 8-byte pointers (Linux's holds 4-byte ones, loaded with lgf).
 */
SYM_CODE_START(system_call)
	stmg	%r8,%r15,__LC_SAVE_AREA_SYNC	# the user's r8-r15
	lg	%r12,__LC_THREAD_INFO
	lg	%r15,__LC_KERNEL_STACK		# the top of the kernel stack
	aghi	%r15,-(STACK_FRAME_OVERHEAD + __PT_SIZE)
	la	%r11,STACK_FRAME_OVERHEAD(%r15)	# pointer to pt_regs
	stmg	%r0,%r7,__PT_GPRS(%r11)
	mvc	__PT_R8(64,%r11),__LC_SAVE_AREA_SYNC
	mvc	__PT_PSW(16,%r11),__LC_SVC_OLD_PSW
	mvc	__PT_INT_CODE(4,%r11),__LC_SVC_ILC
	llgh	%r8,__PT_INT_CODE+2(%r11)	# the svc number
	slag	%r8,%r8,3			# table offset; test for svc 0
	jnz	.Lsysc_nr_ok
	# svc 0: system call number in %r1
	llgfr	%r1,%r1				# clear high word in r1
	cghi	%r1,NR_SYSCALLS
	jnl	.Lsysc_nr_ok			# out of range: slot 0, -ENOSYS
	sth	%r1,__PT_INT_CODE+2(%r11)
	sllg	%r8,%r1,3
.Lsysc_nr_ok:
	larl	%r10,sys_call_table
	xc	__SF_BACKCHAIN(8,%r15),__SF_BACKCHAIN(%r15)
	stg	%r2,__PT_ORIG_GPR2(%r11)
	stg	%r7,STACK_FRAME_OVERHEAD(%r15)	# 6th argument: pt_regs.args
	lg	%r9,0(%r8,%r10)			# sys_call_table[nr]
	basr	%r14,%r9			# call sys_xxxx
	stg	%r2,__PT_R2(%r11)		# store return value

/*
 * Leave the kernel with the pt_regs at r11: to user mode, or to kernel
 * mode where the PSW says so (the old flow's kernel threads).  Linux
 * checks for work here on the way to user mode (signals, rescheduling,
 * ptrace); this kernel never has any.  The return PSW goes through the
 * lowcore, as r11 itself is being restored.
 */
SYM_INNER_LABEL(sysc_return, SYM_L_GLOBAL)
	lmg	%r0,%r10,__PT_GPRS(%r11)
	mvc	__LC_RETURN_PSW(16),__PT_PSW(%r11)
	lmg	%r11,%r15,__PT_GPRS+11*8(%r11)
	lpswe	__LC_RETURN_PSW
SYM_CODE_END(system_call)

/*
 * Linux 3.8 entry64.S pgm_check_handler: a program check (an illegal
 * instruction, a translation exception, ...).  From problem state, on the
 * task's kernel stack; from the kernel, below the current sp.  Then C
 * decides: the task dies, or the kernel panics; neither returns.
 */
SYM_CODE_START(pgm_check_handler)
	stmg	%r8,%r15,__LC_SAVE_AREA_SYNC
	lg	%r12,__LC_THREAD_INFO
	lmg	%r8,%r9,__LC_PGM_OLD_PSW
	tmhh	%r8,0x0001			# test problem state bit
	jz	1f				# -> fault in the kernel
	lg	%r15,__LC_KERNEL_STACK
1:	aghi	%r15,-(STACK_FRAME_OVERHEAD + __PT_SIZE)
	la	%r11,STACK_FRAME_OVERHEAD(%r15)
	stmg	%r0,%r7,__PT_GPRS(%r11)
	mvc	__PT_R8(64,%r11),__LC_SAVE_AREA_SYNC
	stmg	%r8,%r9,__PT_PSW(%r11)
	mvc	__PT_INT_CODE(4,%r11),__LC_PGM_ILC
	mvc	__PT_INT_PARM_LONG(8,%r11),__LC_TRANS_EXC_CODE
	xc	__SF_BACKCHAIN(8,%r15),__SF_BACKCHAIN(%r15)
	lgr	%r2,%r11			# pass pointer to pt_regs
	brasl	%r14,do_program_check
	j	sysc_return
SYM_CODE_END(pgm_check_handler)

/*
 * Linux 3.6-3.8 entry64.S __switch_to: r2 = prev, r3 = next; returns r2 =
 * prev.  prev's r6-r15 go into the register save area of the frame at its
 * r15 (the one schedule()'s caller built), r15 into prev->thread.ksp.
 * The lowcore learns the new current task, its thread_info and its stack
 * top; then next's r6-r15 come back from the frame at its ksp, and br
 * %r14 resumes it -- a newborn at the sf.gprs[8] copy_thread() chose.
 * (Linux also loads next's pid into control register 4 and moves a
 * pending machine check flag over.)
 */
SYM_FUNC_START(__switch_to)
	stmg	%r6,%r15,__SF_GPRS(%r15)	# store gprs of prev task
	stg	%r15,__THREAD_ksp(%r2)		# store kernel stack of prev
	lg	%r5,__THREAD_info(%r3)		# get thread_info of next
	lgr	%r15,%r5
	aghi	%r15,THREAD_SIZE		# end of kernel stack of next
	stg	%r3,__LC_CURRENT		# store task struct of next
	stg	%r5,__LC_THREAD_INFO		# store thread info of next
	stg	%r15,__LC_KERNEL_STACK		# store end of kernel stack
	lg	%r15,__THREAD_ksp(%r3)		# load kernel stack of next
	lmg	%r6,%r15,__SF_GPRS(%r15)	# load gprs of next task
	br	%r14
SYM_FUNC_END(__switch_to)
