/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc32, old flow (Linux 3.6 arch/powerpc/kernel/entry_32.S): where every
 * newborn starts, and the fork system calls' entry stubs.
 */
#include <linux/linkage.h>
#include <asm/ppc_asm.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.6 arch/powerpc/kernel/entry_32.S ret_from_fork.  _switch popped the kregs frame
 * copy_thread() put under the child's pt_regs (childregs) and r1 is
 * now the frame right under childregs; r3 = prev.  Load the
 * non-volatile GPRs from childregs (ppc_clone saved them in the parent's
 * frame, copy_thread() copied it), and leave through the syscall exit
 * with r3 = 0: to user mode, or for a kernel thread (copy_thread() kept
 * the kernel MSR) back into kernel_thread() after its sc.
 *
 *	stack top  +--------------------+
 *	           |  childregs         |  user: the parent's registers
 *	           |                    |  kthread: kernel_thread()'s
 *	           +--------------------+ <- r1 + 16 here
 *	           |  frame (16 bytes)  |
 *	           +--------------------+ <- r1 here
 *	           |  kregs: nip =      |  popped by _switch
 *	           |  ret_from_fork     |
 *	           +--------------------+
 *	           |  frame             |
 *	  ksp ->   +--------------------+
 */
SYM_CODE_START(ret_from_fork)
	REST_NVGPRS(%r1)
	bl	schedule_tail
	li	%r3, 0
	b	ret_from_syscall
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.6 arch/powerpc/kernel/entry_32.S ppc_fork, ppc_vfork, ppc_clone: the system call
 * entry saved only the volatile GPRs, but the child starts from a copy of
 * this frame, so save the non-volatile ones (r13-r31) into it first and
 * mark the set full (trap bit 0 clear), then the C system call, which
 * gets the frame in r9.
 */
SYM_CODE_START(ppc_fork)
	SAVE_NVGPRS(%r1)
	lwz	%r0, _TRAP(%r1)
	rlwinm	%r0, %r0, 0, 0, 30	# clear LSB to indicate full
	stw	%r0, _TRAP(%r1)		# register set saved
	b	sys_fork
SYM_CODE_END(ppc_fork)

/* Linux 3.6 arch/powerpc/kernel/entry_32.S ppc_vfork: as ppc_fork, for sys_vfork(). */
SYM_CODE_START(ppc_vfork)
	SAVE_NVGPRS(%r1)
	lwz	%r0, _TRAP(%r1)
	rlwinm	%r0, %r0, 0, 0, 30	# clear LSB to indicate full
	stw	%r0, _TRAP(%r1)		# register set saved
	b	sys_vfork
SYM_CODE_END(ppc_vfork)

/* Linux 3.6 arch/powerpc/kernel/entry_32.S ppc_clone: as ppc_fork, for sys_clone(). */
SYM_CODE_START(ppc_clone)
	SAVE_NVGPRS(%r1)
	lwz	%r0, _TRAP(%r1)
	rlwinm	%r0, %r0, 0, 0, 30	# clear LSB to indicate full
	stw	%r0, _TRAP(%r1)		# register set saved
	b	sys_clone
SYM_CODE_END(ppc_clone)
