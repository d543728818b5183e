/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64, old flow (Linux 3.6 arch/sparc/kernel/syscalls.S): the execve
 * stub and where every newborn starts.
 */
#include <linux/linkage.h>
#include <asm/ptrace.h>
#include <generated/asm-offsets.h>

	.register %g6, #ignore
	.register %g7, #ignore

	.text

/*
 * Linux 3.6 arch/sparc/kernel/syscalls.S sys_execve / execve_merge: flush every window to
 * its stack (the old image's user windows die with it; a kernel thread's
 * frames stay where they are), then sparc_execve(pt_regs of this trap).
 */
SYM_CODE_START(sys_execve)
	sethi	%hi(sparc_execve), %g1
	ba,pt	%xcc, execve_merge
	 or	%g1, %lo(sparc_execve), %g1
execve_merge:
	flushw
	jmpl	%g1, %g0
	 add	%sp, PTREGS_OFF, %o0
SYM_CODE_END(sys_execve)

/*
 * Linux 3.6 arch/sparc/kernel/syscalls.S ret_from_syscall.  switch_to() jumped here for a
 * new_child with %sp = t->ksp (the copied trap frame) and %g7 = prev.
 * Every child, user fork or kernel thread, leaves like the parent's clone
 * trap: through ret_sys_call with its I0 (the parent's pid) as result;
 * rtrap then returns to user mode, or for a kernel thread (a privileged
 * %tstate) into kernel_thread()'s window after the "t 0x6d".
 */
SYM_CODE_START(ret_from_syscall)
	/* Clear current_thread_info()->new_child. */
	stb	%g0, [%g6 + TI_NEW_CHILD]
	call	schedule_tail
	 mov	%g7, %o0
	ba,pt	%xcc, ret_sys_call
	 ldx	[%sp + PTREGS_OFF + PT_V9_I0], %o0
SYM_CODE_END(ret_from_syscall)
