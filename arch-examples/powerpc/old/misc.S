/* SPDX-License-Identifier: GPL-2.0 */
/*
 * powerpc, old flow: kernel_execve() (Linux 3.6 arch/powerpc/kernel/misc.S),
 * the same for 32 and 64 bits.
 */
#include <linux/linkage.h>
#include <asm/unistd.h>
#include <asm/ppc_asm.h>

	.text

/*
 * Linux 3.6 arch/powerpc/kernel/misc.S kernel_execve(filename, argv, envp): execve by sc from
 * kernel mode.  The trap builds the pt_regs below this frame, in the
 * middle of the kernel thread's stack; sys_execve() hands that frame to
 * do_execve(), whose start_thread() makes it the new image's user
 * registers.  On success the syscall exit leaves from it to user mode
 * and this code is never returned to: the kernel frames above are
 * abandoned, and the next trap from user mode starts at the stack top.
 * On failure the errno comes back with SO set: return it negative.
 */
SYM_FUNC_START(kernel_execve)
	li	%r0, __NR_execve
	sc
	bnslr
	neg	%r3, %r3
	blr
SYM_FUNC_END(kernel_execve)
