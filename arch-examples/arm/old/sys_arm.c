// SPDX-License-Identifier: GPL-2.0
/*
 * arm, old flow (Linux 3.6 arch/arm/kernel/sys_arm.c): every fork and exec
 * entry point takes the pt_regs its asm wrapper (entry.S) dug out of the
 * stack, and kernel_execve() moves a new image's registers into place by
 * hand.
 *
 * Its sys_*() repeat those of the other old flows (arm64/old/sys.c,
 * m68k/old/sys_m68k.c, x86/old/process.c) nearly line for line, on
 * purpose: before 3.7 every architecture carried its own copy, and those
 * copies are what the conversion deleted.  The new flow has none of them.
 */
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <linux/string.h>

long sys_fork(struct pt_regs *regs);
long sys_vfork(struct pt_regs *regs);
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, int tls_val,
	       int __user *child_tidptr, struct pt_regs *regs);
long sys_execve(const char __user *filenamei,
		const char __user *const __user *argv,
		const char __user *const __user *envp, struct pt_regs *regs);
void ret_to_user(void);

/* Linux 3.6 arch/arm/kernel/sys_arm.c sys_fork(). */
long sys_fork(struct pt_regs *regs)
{
	return do_fork(SIGCHLD, regs->ARM_sp, regs, 0, NULL, NULL);
}

/* Linux 3.6 arch/arm/kernel/sys_arm.c sys_vfork(). */
long sys_vfork(struct pt_regs *regs)
{
	return do_fork(CLONE_VFORK | CLONE_VM | SIGCHLD, regs->ARM_sp, regs, 0,
		       NULL, NULL);
}

/*
 * Linux 3.6 arch/arm/kernel/sys_arm.c sys_clone().  The sixth argument is
 * not the user's: sys_clone_wrapper put regs there.
 */
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, int tls_val,
	       int __user *child_tidptr, struct pt_regs *regs)
{
	(void)tls_val;
	if (!newsp)
		newsp = regs->ARM_sp;
	return do_fork(clone_flags, newsp, regs, 0, parent_tidptr,
		       child_tidptr);
}

/*
 * Linux 3.6 arch/arm/kernel/sys_arm.c sys_execve().
 *
 * Differs from Linux: the name is copied into a PATH_MAX buffer on the
 * stack, where Linux's getname() allocates one and putname() frees it
 * (this kernel has no allocator for it).
 *
 */
long sys_execve(const char __user *filenamei,
		const char __user *const __user *argv,
		const char __user *const __user *envp, struct pt_regs *regs)
{
	char filename[PATH_MAX];
	long error = getname(filename, filenamei);

	if (error)
		return error;
	return do_execve(filename, argv, envp, regs);
}

/*
 * Linux 3.6 arch/arm/kernel/sys_arm.c kernel_execve().
 * exec from a kernel thread.  do_execve() fills a pt_regs on *this* stack
 * frame; on success they must reach the normal place at the top of the
 * stack -- which may overlap the frames we are running in -- and we must
 * leave as if returning from a system call.  That is the "black magic" of
 * the RFC: once the copy starts, no C may run, so the copy, the new sp and
 * the jump are one asm block, and nothing returns to the caller.  As in
 * Linux, r0 of the new image gets do_execve()'s result ("argc" in Linux's
 * comment, 0 since execve stopped returning argc), and r8/r9 are why = 0
 * (not a system call) and tsk = thread_info, as ret_to_user's callers set
 * them.
 *
 * Differs from Linux: "cc" is clobbered too (memmove's), and the asm is
 * followed by __builtin_unreachable() where Linux falls through to its
 * "return ret", never reached.
 *
 */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[])
{
	struct pt_regs regs;
	int ret;

	memset(&regs, 0, sizeof(regs));
	ret = do_execve(filename, (const char __user *const __user *)argv,
			(const char __user *const __user *)envp, &regs);
	if (ret < 0)
		return ret;
	regs.ARM_r0 = ret;		/* Linux's "argc": 0 since 2.6 */

	asm volatile(
	"	add	r0, %0, %1\n"	/* r0 = the normal pt_regs slot */
	"	mov	r1, %2\n"	/* r1 = &regs, below us on the stack */
	"	mov	r2, %3\n"
	"	bl	memmove\n"	/* overlap-safe; returns r0 = slot */
	"	mov	r8, #0\n"	/* why = 0: not a system call */
	"	mov	r9, %0\n"	/* tsk = thread_info */
	"	mov	sp, r0\n"	/* sp -> pt_regs, as after a trap */
	"	b	ret_to_user\n"	/* load them: user mode, new image */
	: : "r" (current_thread_info()),
	    "Ir" (THREAD_START_SP - sizeof(regs)),
	    "r" (&regs), "Ir" (sizeof(regs))
	: "r0", "r1", "r2", "r3", "r8", "r9", "ip", "lr", "cc", "memory");
	__builtin_unreachable();
}
