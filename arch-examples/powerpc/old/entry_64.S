/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64, old flow (Linux 3.6 arch/powerpc/kernel/entry_64.S): where every
 * newborn starts, and the fork system calls' entry stubs.
 */
#include <linux/linkage.h>
#include <asm/ppc_asm.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.6 arch/powerpc/kernel/entry_64.S ret_from_fork.  _switch popped the kregs frame
 * copy_thread() put under the child's pt_regs (childregs) and r1 is now
 * the frame right under childregs; r3 = prev.  schedule_tail(prev),
 * r14-r31 from childregs (ppc_clone's save_nvgprs saved them in the
 * parent's frame, copy_thread() copied it), and the syscall exit with
 * r3 = 0: to user mode, or for a kernel thread (copy_thread() kept the
 * kernel MSR) back into kernel_thread() after its sc.
 *
 *	stack top  +--------------------+
 *	           |  childregs         |  user: the parent's registers
 *	           |                    |  kthread: kernel_thread()'s
 *	           +--------------------+ <- r1 + 112 here
 *	           |  frame (112 bytes) |
 *	           +--------------------+ <- r1 here
 *	           |  kregs: nip =      |  popped by _switch
 *	           |  ret_from_fork     |
 *	           +--------------------+
 *	           |  frame             |
 *	  ksp ->   +--------------------+
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail
	nop
	REST_NVGPRS(%r1)
	li	%r3, 0
	b	syscall_exit
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.6 arch/powerpc/kernel/entry_64.S ppc_fork, ppc_vfork, ppc_clone: the system call
 * entry saved only the volatile GPRs, but the child starts from a copy of
 * this frame, so save_nvgprs saves r14-r31 into it first and marks the
 * set full; then powerpc's own C system call (old/process.c), which gets
 * the frame in r9 (save_nvgprs leaves r3-r9 alone), and the syscall exit.
 */
SYM_CODE_START(ppc_fork)
	bl	save_nvgprs
	bl	sys_fork
	nop
	b	syscall_exit
SYM_CODE_END(ppc_fork)

/* Linux 3.6 arch/powerpc/kernel/entry_64.S ppc_vfork: as ppc_fork, for sys_vfork(). */
SYM_CODE_START(ppc_vfork)
	bl	save_nvgprs
	bl	sys_vfork
	nop
	b	syscall_exit
SYM_CODE_END(ppc_vfork)

/* Linux 3.6 arch/powerpc/kernel/entry_64.S ppc_clone: as ppc_fork, for sys_clone(). */
SYM_CODE_START(ppc_clone)
	bl	save_nvgprs
	bl	sys_clone
	nop
	b	syscall_exit
SYM_CODE_END(ppc_clone)
