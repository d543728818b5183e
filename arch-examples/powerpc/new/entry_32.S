/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc32, new flow (Linux 3.8 arch/powerpc/kernel/entry_32.S): where every
 * newborn starts, and the fork system calls' entry stubs.
 */
#include <linux/linkage.h>
#include <asm/ppc_asm.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.8 arch/powerpc/kernel/entry_32.S ret_from_fork: a user child.  _switch popped the
 * kregs frame and r1 is the frame right under childregs (the parent's
 * registers, which ppc_clone completed); r3 = prev.  Load r13-r31 from
 * childregs and leave through the syscall exit with r3 = 0.
 */
SYM_CODE_START(ret_from_fork)
	REST_NVGPRS(%r1)
	bl	schedule_tail
	li	%r3, 0
	b	ret_from_syscall
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.8 arch/powerpc/kernel/entry_32.S ret_from_kernel_thread: a kernel thread.
 * copy_thread() zeroed childregs but for r1 = the stack top, r14 = fn
 * and r15 = arg; load them, end the back chain in the frame under
 * childregs, and call fn(arg) there.  fn returns only after a
 * successful kernel_execve() (a kernel thread that is done calls
 * do_exit()): childregs are then the new image's user registers
 * (start_thread()), and the syscall exit leaves to user mode with every
 * register from them, as copy_thread() set _TIF_RESTOREALL.
 *
 * Differs from Linux: no PPC440EP_ERR42 before blrl (the 440EP erratum
 * 42 workaround; not an e500 concern).
 *
 *	stack top  +--------------------+
 *	           |  childregs: r14 =  |  after exec: the new
 *	           |  fn, r15 = arg     |  image's registers
 *	           +--------------------+
 *	   r1 ->   |  back chain = 0    |  fn's caller frame
 *	           +--------------------+
 */
SYM_CODE_START(ret_from_kernel_thread)
	REST_NVGPRS(%r1)
	bl	schedule_tail
	li	%r3, 0
	stw	%r3, 0(%r1)
	mtlr	%r14
	mr	%r3, %r15
	blrl
	li	%r3, 0
	b	ret_from_syscall
SYM_CODE_END(ret_from_kernel_thread)

/*
 * Linux 3.8 arch/powerpc/kernel/entry_32.S ppc_fork, ppc_vfork, ppc_clone: as in 3.6, save
 * r13-r31 into the syscall frame, which copy_thread() copies to the
 * child through current_pt_regs(), and mark the set full; then the
 * generic system call.
 */
SYM_CODE_START(ppc_fork)
	SAVE_NVGPRS(%r1)
	lwz	%r0, _TRAP(%r1)
	rlwinm	%r0, %r0, 0, 0, 30	# clear LSB to indicate full
	stw	%r0, _TRAP(%r1)		# register set saved
	b	sys_fork
SYM_CODE_END(ppc_fork)

/* Linux 3.8 arch/powerpc/kernel/entry_32.S ppc_vfork: as ppc_fork, for sys_vfork(). */
SYM_CODE_START(ppc_vfork)
	SAVE_NVGPRS(%r1)
	lwz	%r0, _TRAP(%r1)
	rlwinm	%r0, %r0, 0, 0, 30	# clear LSB to indicate full
	stw	%r0, _TRAP(%r1)		# register set saved
	b	sys_vfork
SYM_CODE_END(ppc_vfork)

/* Linux 3.8 arch/powerpc/kernel/entry_32.S ppc_clone: as ppc_fork, for sys_clone(). */
SYM_CODE_START(ppc_clone)
	SAVE_NVGPRS(%r1)
	lwz	%r0, _TRAP(%r1)
	rlwinm	%r0, %r0, 0, 0, 30	# clear LSB to indicate full
	stw	%r0, _TRAP(%r1)		# register set saved
	b	sys_clone
SYM_CODE_END(ppc_clone)
