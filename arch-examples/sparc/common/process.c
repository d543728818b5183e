// SPDX-License-Identifier: GPL-2.0
/*
 * sparc64, both flows (Linux 3.6-3.8 arch/sparc/kernel/process_64.c): what
 * copy_thread() uses for a clone onto a new user stack.
 */
#include <linux/sched.h>
#include <linux/uaccess.h>
#include <linux/string.h>
#include <asm/sparc_process.h>

/*
 * Linux 3.8 process_64.c clone_stackframe() (64-bit stacks only): the child
 * returns to user mode into the window of the function that trapped, and
 * rtrap fills that window from the child's stack.  So copy the parent's
 * current user frame -- from its %sp up to its %fp, already on the stack
 * since sys_clone's flushw -- under the new stack top, with its saved frame
 * pointer turned to the new top.  Returns the child's (biased) %sp, or 0 if
 * the frames are not in user memory.
 */
unsigned long clone_stackframe(unsigned long csp, unsigned long psp)
{
	unsigned long fp, distance, rval;

	csp += STACK_BIAS;
	psp += STACK_BIAS;
	if (copy_from_user(&fp, &((struct reg_window __user *)psp)->ins[6],
			   sizeof(fp)))
		return 0;
	fp += STACK_BIAS;

	/* Now align the stack as this is mandatory in the Sparc ABI. */
	csp &= ~15UL;

	distance = fp - psp;
	rval = csp - distance;
	if (!access_ok((void __user *)rval, distance) ||
	    !access_ok((void __user *)psp, distance))
		return 0;
	memmove((void *)rval, (void *)psp, distance);
	fp = csp - STACK_BIAS;
	if (copy_to_user(&((struct reg_window __user *)rval)->ins[6], &fp,
			 sizeof(fp)))
		return 0;
	return rval - STACK_BIAS;
}
