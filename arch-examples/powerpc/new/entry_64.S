/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ppc64, new flow (Linux 3.8 arch/powerpc/kernel/entry_64.S): where every
 * newborn starts, and the fork system calls' entry stubs.
 */
#include <linux/linkage.h>
#include <asm/ppc_asm.h>
#include <generated/asm-offsets.h>

	.text

/*
 * Linux 3.8 arch/powerpc/kernel/entry_64.S ret_from_fork: a user child.  _switch popped the
 * kregs frame and r1 is the frame right under childregs (the parent's
 * registers, which ppc_clone's save_nvgprs completed); r3 = prev.
 * schedule_tail(prev), r14-r31 from childregs, and the syscall exit with
 * r3 = 0.
 */
SYM_CODE_START(ret_from_fork)
	bl	schedule_tail
	nop
	REST_NVGPRS(%r1)
	li	%r3, 0
	b	syscall_exit
SYM_CODE_END(ret_from_fork)

/*
 * Linux 3.8 arch/powerpc/kernel/entry_64.S ret_from_kernel_thread: a kernel thread.
 * copy_thread() zeroed childregs but for r1 = the stack top, r14 = fn
 * and r15 = arg.  fn is a C function pointer, on ELFv1 the address of
 * its descriptor: the entry is its first doubleword (ld r14,0(r14)); the
 * TOC, its second, is the kernel's own, already in r2.  End the back
 * chain in the frame under childregs and call fn(arg).  fn returns only
 * after a successful kernel_execve(): childregs are then the new image's
 * user registers, which the syscall exit restores in full
 * (_TIF_RESTOREALL, copy_thread()).
 *
 *	stack top  +--------------------+
 *	           |  childregs: r14 =  |  after exec: the new
 *	           |  fn, r15 = arg     |  image's registers
 *	           +--------------------+
 *	   r1 ->   |  back chain = 0    |  fn's caller frame (112 bytes)
 *	           +--------------------+
 */
SYM_CODE_START(ret_from_kernel_thread)
	bl	schedule_tail
	nop
	REST_NVGPRS(%r1)
	li	%r3, 0
	std	%r3, 0(%r1)
	ld	%r14, 0(%r14)		# fn's entry, from its descriptor
	mtlr	%r14
	mr	%r3, %r15
	blrl
	li	%r3, 0
	b	syscall_exit
SYM_CODE_END(ret_from_kernel_thread)

/*
 * Linux 3.8 arch/powerpc/kernel/entry_64.S ppc_fork, ppc_vfork, ppc_clone: save r14-r31 into
 * the syscall frame (save_nvgprs), which copy_thread() copies to the
 * child through current_pt_regs(); then the generic system call, and
 * the syscall exit.  The bl's clobber LR: the frame keeps the user's.
 */
SYM_CODE_START(ppc_fork)
	bl	save_nvgprs
	bl	sys_fork
	nop
	b	syscall_exit
SYM_CODE_END(ppc_fork)

/* Linux 3.8 arch/powerpc/kernel/entry_64.S ppc_vfork: as ppc_fork, for sys_vfork(). */
SYM_CODE_START(ppc_vfork)
	bl	save_nvgprs
	bl	sys_vfork
	nop
	b	syscall_exit
SYM_CODE_END(ppc_vfork)

/* Linux 3.8 arch/powerpc/kernel/entry_64.S ppc_clone: as ppc_fork, for sys_clone(). */
SYM_CODE_START(ppc_clone)
	bl	save_nvgprs
	bl	sys_clone
	nop
	b	syscall_exit
SYM_CODE_END(ppc_clone)
