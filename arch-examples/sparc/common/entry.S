/* SPDX-License-Identifier: GPL-2.0 */
/*
 * sparc64 trap entry and exit and the system call path, shared by the old
 * and the new flow (Linux 3.6-3.8 arch/sparc/kernel/etrap_64.S,
 * rtrap_64.S and syscalls.S, without interrupts, FPU state, signals,
 * tracing, 32-bit tasks and the preemption checks).
 *
 * A trap does not open a register window: the handler runs at TL 1 in the
 * trapped code's window, on the alternate (or MMU) globals.  etrap builds
 * pt_regs and its stack frame, then opens the trap window with a save:
 * the trapped code's outs become the trap window's ins, so pt_regs->I0-I7
 * are the caller's %o0-%o7 (the syscall arguments).  From user mode the
 * frame goes at the top of the task's kernel stack, and the user's windows
 * still in the register file become "other" windows (%otherwin), which
 * spill to the user stack with the user's rights; from the kernel it goes
 * right under the current %sp:
 *
 *	from user: thread_info + THREAD_SIZE    from kernel: %sp + 2047
 *	        +--------------------+                +--------------------+
 *	        |  pt_regs           |                |  pt_regs           |
 *	        +--------------------+                +--------------------+
 *	        |  sparc_stackf      |  (192 bytes)   |  sparc_stackf      |
 *	 %sp + 2047 -> +-------------+                +--------------------+
 *
 * etrap returns to its caller at TL 0 with "done" (Linux's trick: %tnpc is
 * the caller, %tstate a privileged state in the new window).  rtrap goes
 * the other way: reload the registers, TL 1, restore back into the trapped
 * window (a fill from the stack if it was spilled), retry.
 */
#include <linux/linkage.h>
#include <linux/errno.h>
#include <asm/ptrace.h>
#include <asm/pstate.h>
#include <asm/signal.h>		/* SIGCHLD */
#include <asm/asi.h>
#include <asm/thread_info.h>
#include <generated/asm-offsets.h>

	.register %g2, #scratch
	.register %g3, #scratch
	.register %g6, #ignore
	.register %g7, #ignore

/* Linux 3.8 etrap_64.S: the frame's offset from thread_info (from user). */
#define TASK_REGOFF	(THREAD_SIZE - TRACEREG_SZ - STACKFRAME_SZ)
/* PSTATE in the kernel: privileged, normal globals (Linux adds PEF, IE). */
#define ETRAP_PSTATE1	PSTATE_PRIV
/* PSTATE for rtrap's last steps: the alternate globals, as Linux. */
#define RTRAP_PSTATE_AG	(PSTATE_PRIV | PSTATE_AG)

	.text

/*
 * Linux 3.8 etrap_64.S etrap / etrap_syscall (one entry here: no %pil,
 * no TSTATE_SYSCALL mark).  In: TL 1, trap globals, %g7 = where to return.
 * Out: TL 0, a new window with %sp = the frame, pt_regs filled in, the
 * normal globals the trapped code's except %g6 = thread_info, %g4 = current.
 * Linux spills the user's windows by hand when %cansave is 0 (so a bad
 * user stack can be fixed up); here the save traps to spill_1_normal at
 * TL 2 (the trap table's TL > 0 half).
 */
SYM_CODE_START(etrap)
	sethi	%hi(trap_block), %g6		! TRAP_LOAD_THREAD_REG
	ldx	[%g6 + %lo(trap_block)], %g6	! %g6 = thread_info
	rdpr	%tstate, %g1
	andcc	%g1, TSTATE_PRIV, %g0		! cc: from the kernel?
	bne,pn	%xcc, 1f
	 sub	%sp, STACKFRAME_SZ + TRACEREG_SZ - STACK_BIAS, %g2
	wrpr	%g0, 7, %cleanwin		! from user: top of the stack
	sethi	%hi(TASK_REGOFF), %g2
	or	%g2, %lo(TASK_REGOFF), %g2
	add	%g6, %g2, %g2
1:	rdpr	%tpc, %g3			! %g2 = the frame (real address)
	stx	%g1, [%g2 + STACKFRAME_SZ + PT_V9_TSTATE]
	rdpr	%tnpc, %g1
	stx	%g3, [%g2 + STACKFRAME_SZ + PT_V9_TPC]
	rd	%y, %g3
	stx	%g1, [%g2 + STACKFRAME_SZ + PT_V9_TNPC]
	rdpr	%tt, %g1
	st	%g3, [%g2 + STACKFRAME_SZ + PT_V9_Y]
	sethi	%hi(PT_REGS_MAGIC), %g3
	or	%g3, %g1, %g1
	st	%g1, [%g2 + STACKFRAME_SZ + PT_V9_MAGIC]

etrap_save:
	save	%g2, -STACK_BIAS, %sp		! the trap window; %sp biased
	mov	%g6, %l6
	bne,pn	%xcc, 3f			! cc survives a spill's retry
	 nop
	rdpr	%canrestore, %g3		! from user: its windows are
	rdpr	%wstate, %g2			! now the "other" ones
	wrpr	%g0, 0, %canrestore
	sll	%g2, 3, %g2
	wrpr	%g3, 0, %otherwin
	wrpr	%g2, 0, %wstate			! other = user, normal = kernel
3:	add	%g7, 4, %l2			! the caller's next instruction

	/* Go to the trap-time globals so we can save them. */
	wrpr	%g0, ETRAP_PSTATE1, %pstate
	stx	%g1, [%sp + PTREGS_OFF + PT_V9_G1]
	stx	%g2, [%sp + PTREGS_OFF + PT_V9_G2]
	stx	%g3, [%sp + PTREGS_OFF + PT_V9_G3]
	rdpr	%cwp, %l0
	stx	%g4, [%sp + PTREGS_OFF + PT_V9_G4]
	stx	%g5, [%sp + PTREGS_OFF + PT_V9_G5]
	stx	%g6, [%sp + PTREGS_OFF + PT_V9_G6]
	stx	%g7, [%sp + PTREGS_OFF + PT_V9_G7]
	mov	ASI_P, %l7			! the kernel's %asi
	sllx	%l7, 24, %l7
	or	%l7, %l0, %l7			! | the trap window's CWP
	wrpr	%l2, %tnpc
	wrpr	%l7, TSTATE_PRIV, %tstate	! done: privileged, this window
	stx	%i0, [%sp + PTREGS_OFF + PT_V9_I0]
	stx	%i1, [%sp + PTREGS_OFF + PT_V9_I1]
	stx	%i2, [%sp + PTREGS_OFF + PT_V9_I2]
	stx	%i3, [%sp + PTREGS_OFF + PT_V9_I3]
	stx	%i4, [%sp + PTREGS_OFF + PT_V9_I4]
	stx	%i5, [%sp + PTREGS_OFF + PT_V9_I5]
	stx	%i6, [%sp + PTREGS_OFF + PT_V9_I6]
	mov	%l6, %g6
	stx	%i7, [%sp + PTREGS_OFF + PT_V9_I7]
	ldx	[%g6 + TI_TASK], %g4
	done
SYM_CODE_END(etrap)

/*
 * Linux 3.8 rtrap_64.S rtrap / rt_continue / user_rtt_restore / kern_rtt:
 * leave through the pt_regs at %sp + PTREGS_OFF.  To user mode the "other"
 * windows become the restorable ones again, %wstate goes back to the
 * user's, and %cleanwin is what the user may see; to the kernel (a kernel
 * trap, or the old flow's kernel thread) nothing changes.  Either restore
 * may fill at TL 2 (Linux fills the user window by hand,
 * user_rtt_fill_64bit, and lets kern_rtt_fill do the kernel's).
 */
SYM_CODE_START(rtrap)
	ldx	[%sp + PTREGS_OFF + PT_V9_TSTATE], %l1
	sethi	%hi(TSTATE_PRIV), %l3
	and	%l1, %l3, %l3			! %l3 != 0: back to the kernel
rt_continue:
	ldx	[%sp + PTREGS_OFF + PT_V9_G1], %g1
	ldx	[%sp + PTREGS_OFF + PT_V9_G2], %g2
	ldx	[%sp + PTREGS_OFF + PT_V9_G3], %g3
	ldx	[%sp + PTREGS_OFF + PT_V9_G4], %g4
	ldx	[%sp + PTREGS_OFF + PT_V9_G5], %g5
	ldx	[%sp + PTREGS_OFF + PT_V9_G6], %g6
	ldx	[%sp + PTREGS_OFF + PT_V9_G7], %g7

	/* Normal globals are restored, go to trap globals. */
	wrpr	%g0, RTRAP_PSTATE_AG, %pstate

	ldx	[%sp + PTREGS_OFF + PT_V9_I0], %i0
	ldx	[%sp + PTREGS_OFF + PT_V9_I1], %i1
	ldx	[%sp + PTREGS_OFF + PT_V9_I2], %i2
	ldx	[%sp + PTREGS_OFF + PT_V9_I3], %i3
	ldx	[%sp + PTREGS_OFF + PT_V9_I4], %i4
	ldx	[%sp + PTREGS_OFF + PT_V9_I5], %i5
	ldx	[%sp + PTREGS_OFF + PT_V9_I6], %i6
	ldx	[%sp + PTREGS_OFF + PT_V9_I7], %i7
	ldx	[%sp + PTREGS_OFF + PT_V9_TPC], %l2
	ldx	[%sp + PTREGS_OFF + PT_V9_TNPC], %o2
	ld	[%sp + PTREGS_OFF + PT_V9_Y], %o3
	wr	%o3, %g0, %y
	wrpr	%g0, 0x1, %tl
	wrpr	%l1, %g0, %tstate
	wrpr	%l2, %g0, %tpc
	wrpr	%o2, %g0, %tnpc

	brnz,pn	%l3, kern_rtt
	 nop
	rdpr	%wstate, %l1
	rdpr	%otherwin, %l2
	srl	%l1, 3, %l1
	wrpr	%l2, %g0, %canrestore
	wrpr	%l1, %g0, %wstate
	wrpr	%g0, %g0, %otherwin
user_rtt_restore:
	restore					! into the user's window
	rdpr	%canrestore, %g1
	wrpr	%g1, 0x0, %cleanwin
	retry
kern_rtt:
	restore
	retry
SYM_CODE_END(rtrap)

/*
 * Linux 3.8 syscalls.S linux_sparc_syscall: the syscall number in %g1,
 * the arguments in %i0-%i5, the table in %l7.  Linux's table holds 32-bit
 * entries (lduw, the kernel lies below 4 GiB); the core's holds pointers
 * (ldx).  The result goes to pt_regs->I0, the caller's %o0.
 */
SYM_CODE_START(linux_sparc_syscall)
	cmp	%g1, NR_SYSCALLS
	bgeu,pn	%xcc, linux_sparc_ni_syscall
	 mov	%i0, %o0
	sllx	%g1, 3, %l4
	mov	%i1, %o1
	ldx	[%l7 + %l4], %l7
4:	mov	%i2, %o2
	mov	%i3, %o3
	mov	%i4, %o4
	call	%l7
	 mov	%i5, %o5
	stx	%o0, [%sp + PTREGS_OFF + PT_V9_I0]

/*
 * Linux 3.8 syscalls.S ret_sys_call: a result in [-ERESTART_RESTARTBLOCK,
 * -1] is an error: the carry bits set in %tstate and errno positive in
 * %o0 (the SunOS convention libc reads); otherwise carry clear.  Then skip
 * the trap instruction (tpc = tnpc) and leave through rtrap.
 */
SYM_INNER_LABEL(ret_sys_call, SYM_L_GLOBAL)
	ldx	[%sp + PTREGS_OFF + PT_V9_TSTATE], %g3
	ldx	[%sp + PTREGS_OFF + PT_V9_TNPC], %l1 ! pc = npc
	sra	%o0, 0, %o0
	mov	%ulo(TSTATE_XCARRY | TSTATE_ICARRY), %g2
	sllx	%g2, 32, %g2
	cmp	%o0, -516			! -ERESTART_RESTARTBLOCK
	bgeu,pn	%xcc, 1f
	 add	%l1, 0x4, %l2			! npc = npc+4
	/* System call success, clear Carry condition code. */
	andn	%g3, %g2, %g3
	stx	%g3, [%sp + PTREGS_OFF + PT_V9_TSTATE]
	stx	%l1, [%sp + PTREGS_OFF + PT_V9_TPC]
	ba,pt	%xcc, rtrap
	 stx	%l2, [%sp + PTREGS_OFF + PT_V9_TNPC]
1:	/* System call failure, set Carry condition code, errno positive. */
	sub	%g0, %o0, %o0
	or	%g3, %g2, %g3
	stx	%o0, [%sp + PTREGS_OFF + PT_V9_I0]
	stx	%g3, [%sp + PTREGS_OFF + PT_V9_TSTATE]
	stx	%l1, [%sp + PTREGS_OFF + PT_V9_TPC]
	ba,pt	%xcc, rtrap
	 stx	%l2, [%sp + PTREGS_OFF + PT_V9_TNPC]

linux_sparc_ni_syscall:
	sethi	%hi(sys_ni_syscall), %l7
	ba,pt	%xcc, 4b
	 or	%l7, %lo(sys_ni_syscall), %l7
SYM_CODE_END(linux_sparc_syscall)

/*
 * Linux 3.6-3.8 syscalls.S sys_vfork / sys_fork / sys_clone ("how fork()
 * was meant to be done, 8 instruction entry"): called from the table in
 * the trap window.  flushw first, so every window of the parent -- the
 * user's too -- is on its stack before do_fork() copies the kernel frame
 * and (fork) the user memory.  A NULL newsp is the parent's %fp (its user
 * %sp).  sparc_do_fork() gets the pt_regs; its return is the syscall's.
 * These stayed sparc's own through Linux 3.10 (no generic sys_fork).
 */
SYM_CODE_START(sys_vfork)
	sethi	%hi(0x4000 | 0x0100 | SIGCHLD), %o0
	or	%o0, %lo(0x4000 | 0x0100 | SIGCHLD), %o0
	ba,pt	%xcc, sys_clone		! CLONE_VFORK | CLONE_VM
SYM_INNER_LABEL(sys_fork, SYM_L_GLOBAL)
	 clr	%o1
	mov	SIGCHLD, %o0
SYM_INNER_LABEL(sys_clone, SYM_L_GLOBAL)
	flushw
	movrz	%o1, %fp, %o1
	mov	0, %o3
	ba,pt	%xcc, sparc_do_fork
	 add	%sp, PTREGS_OFF, %o2
SYM_CODE_END(sys_vfork)

/*
 * Linux 3.8 syscalls.S sparc_exit / sparc_exit_group: the user's windows
 * still in the register file are dropped (given back to %cansave), not
 * spilled by the next flushw -- a vfork child's would land on the stack
 * its parent still uses.  Linux also masks interrupts around the window
 * registers and clears TI_WSAVED; this kernel takes no interrupts and
 * keeps no saved-window buffer.
 */
SYM_CODE_START(sparc_exit_group)
	sethi	%hi(sys_exit_group), %g7
	ba,pt	%xcc, 1f
	 or	%g7, %lo(sys_exit_group), %g7
SYM_INNER_LABEL(sparc_exit, SYM_L_GLOBAL)
	sethi	%hi(sys_exit), %g7
	or	%g7, %lo(sys_exit), %g7
1:	rdpr	%otherwin, %g1
	rdpr	%cansave, %g3
	add	%g3, %g1, %g3
	wrpr	%g3, 0x0, %cansave
	jmpl	%g7, %g0
	 wrpr	%g0, 0x0, %otherwin
SYM_CODE_END(sparc_exit_group)

/*
 * A trap at TL > 0 other than a window trap: a fault in a spill or fill
 * (a user stack pointer outside the user's memory, or a kernel bug).
 * Linux's window fixup turns the first into SIGSEGV; here the kernel
 * panics with the trap type and PC.  Reset the window state and TL so C
 * can run, on the boot stack.
 */
SYM_CODE_START(bad_trap_tl1)
	rdpr	%tt, %g2
	rdpr	%tpc, %g3
	rdpr	%tl, %g1
	wrpr	%g0, 0, %tl
	wrpr	%g0, PSTATE_PRIV, %pstate
	wrpr	%g0, 6, %cansave
	wrpr	%g0, 0, %canrestore
	wrpr	%g0, 0, %otherwin
	wrpr	%g0, WSTATE_IN_KERNEL, %wstate
	sethi	%hi(init_thread_union), %o3
	or	%o3, %lo(init_thread_union), %o3
	sethi	%hi(THREAD_SIZE - STACKFRAME_SZ - STACK_BIAS), %o4
	or	%o4, %lo(THREAD_SIZE - STACKFRAME_SZ - STACK_BIAS), %o4
	add	%o3, %o4, %sp
	mov	%g2, %o0
	mov	%g3, %o1
	call	sparc64_bad_trap_tl1
	 mov	%g1, %o2
SYM_CODE_END(bad_trap_tl1)
