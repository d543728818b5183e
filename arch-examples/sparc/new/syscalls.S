/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64, new flow (Linux 3.8 arch/sparc/kernel/syscalls.S): the execve
 * stub and where every newborn starts.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <generated/asm-offsets.h>

	.register %g6, #ignore
	.register %g7, #ignore

	.text

/*
 * Linux 3.8 arch/sparc/kernel/syscalls.S sys64_execve: the generic sys_execve(), which finds
 * the pt_regs with current_pt_regs(); flushw (in the delay slot) first, so
 * no window of the old image is left in the register file.
 */
SYM_CODE_START(sys64_execve)
	set	sys_execve, %g1
	jmpl	%g1, %g0
	 flushw
SYM_CODE_END(sys64_execve)

/*
 * Linux 3.8 arch/sparc/kernel/syscalls.S ret_from_syscall.  switch_to() jumped here for a
 * new_child with %sp = t->ksp (the trap frame copy_thread() built) and
 * %g7 = prev.  A user child has I0 = the parent's pid (never 0): out
 * through ret_sys_call.  A kernel thread has I0 = 0: call G1(G2) on this
 * frame; it returns only after a successful kernel_execve() made pt_regs
 * a user frame, and leaves to user mode through ret_sys_call with 0.
 */
SYM_CODE_START(ret_from_syscall)
	/* Clear current_thread_info()->new_child. */
	stb	%g0, [%g6 + TI_NEW_CHILD]
	call	schedule_tail
	 mov	%g7, %o0
	ldx	[%sp + PTREGS_OFF + PT_V9_I0], %o0
	brnz,pt	%o0, ret_sys_call
	 nop
	ldx	[%sp + PTREGS_OFF + PT_V9_G1], %l1
	call	%l1
	 ldx	[%sp + PTREGS_OFF + PT_V9_G2], %o0
	ba,pt	%xcc, ret_sys_call
	 mov	0, %o0
SYM_CODE_END(ret_from_syscall)
