// SPDX-License-Identifier: GPL-2.0
/*
 * arm64, old flow (Linux 3.7 arch/arm64/kernel/sys.c): clone and execve
 * take the pt_regs their asm wrappers (entry.S) pass, and kernel_execve()
 * moves a new image's registers into place by hand.  arm64 has no fork or
 * vfork system call: its libc uses clone.
 *
 * It repeats arm's old/sys_arm.c nearly line for line, as Linux 3.7's did:
 * every architecture carried its own copy of this code, and that copy is
 * what the conversion deleted.  The new flow has none of it.
 */
#include <linux/sched.h>
#include <linux/binfmts.h>
#include <linux/string.h>
#include <linux/errno.h>

long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, unsigned long tls_val,
	       int __user *child_tidptr, struct pt_regs *regs);
long sys_execve(const char __user *filenamei,
		const char __user *const __user *argv,
		const char __user *const __user *envp, struct pt_regs *regs);

/*
 * Linux 3.7 arch/arm64/kernel/sys.c sys_clone().  The sixth argument is
 * not the user's: sys_clone_wrapper put regs there.
 */
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, unsigned long tls_val,
	       int __user *child_tidptr, struct pt_regs *regs)
{
	(void)tls_val;
	if (!newsp)
		newsp = regs->sp;
	/* 16-byte aligned stack mandatory on AArch64 */
	if (newsp & 15)
		return -EINVAL;
	return do_fork(clone_flags, newsp, regs, 0, parent_tidptr,
		       child_tidptr);
}

/*
 * Linux 3.7 arch/arm64/kernel/sys.c sys_execve().
 *
 * Differs from Linux: the name is copied into a PATH_MAX buffer on the
 * stack, where Linux 3.7's getname() returns an allocated struct filename
 * and putname() frees it (this kernel has no allocator for it).
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
 * Linux 3.7 arch/arm64/kernel/sys.c kernel_execve().
 * exec from a kernel thread.  do_execve() fills a pt_regs on *this* stack
 * frame; on success they must reach the normal place at the top of the
 * stack -- which overlaps the frames we are running in -- and we must leave
 * as if returning from a system call.  Linux 3.7 took arm's asm for it:
 * once the copy starts, no C may run, so the copy, the new sp and the jump
 * are one asm block, and nothing returns to the caller.  The inputs live
 * in callee-saved registers (every caller-saved one is clobbered), so
 * memmove() cannot destroy them.  As in Linux, x0 of the new image gets
 * do_execve()'s result ("argc" in Linux's comment; 0 nowadays), and
 * x27/x28 are why = 0 (not a system call) and tsk = thread_info.
 *
 * Differs from Linux: the clobber list is this guide's, not Linux's:
 * Linux 3.7 names only x0-x2, x27, x28, x30 and memory, as if memmove()
 * kept x3-x18; a call may clobber every caller-saved register (x0-x18,
 * x30) and the flags, so this one lists them all.  The operands are "r",
 * not Linux's "Ir", and __builtin_unreachable() follows the asm where
 * Linux falls through to a "return ret" never reached.
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
	regs.regs[0] = ret;		/* Linux's "argc": 0 since 2.6 */

	asm volatile(
	"	add	x0, %0, %1\n"	/* x0 = the normal pt_regs slot */
	"	mov	x1, %2\n"	/* x1 = &regs, below us on the stack */
	"	mov	x2, %3\n"
	"	bl	memmove\n"	/* overlap-safe; returns x0 = slot */
	"	mov	x27, #0\n"	/* why = 0: not a system call */
	"	mov	x28, %0\n"	/* tsk = thread_info */
	"	mov	sp, x0\n"	/* sp -> pt_regs, as after a trap */
	"	b	ret_to_user\n"	/* load them: EL0, new image */
	: : "r" (current_thread_info()),
	    "r" (THREAD_START_SP - sizeof(regs)),
	    "r" (&regs), "r" (sizeof(regs))
	: "x0", "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9",
	  "x10", "x11", "x12", "x13", "x14", "x15", "x16", "x17", "x18",
	  "x27", "x28", "x30", "cc", "memory");
	__builtin_unreachable();
}
