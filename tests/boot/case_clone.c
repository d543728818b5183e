// SPDX-License-Identifier: GPL-2.0
/*
 * clone(2) cases: without a stack it is fork; with one the child runs on
 * it; with CLONE_VM it shares the parent's memory.  The child side is in
 * arch_clone(), which puts the arguments in the arch's order.
 */
#include "boot.h"
#include "cases.h"
#include "proc.h"
#include "sys.h"

#define BEFORE_CLONE	0x5a5a9abcL
#define CHILD_WROTE	0x0badbeefL

/* Small: the whole image and its stack fit the 256 KiB user window. */
static unsigned char clone_stack[4096] __attribute__((aligned(16)));

static volatile long clone_global;

/* Child of clone_without_stack_forks: see the parent's value in the copy
 * of its stack, then overwrite it there. */
static int clone_copy_child(void *arg)
{
	volatile long *value = arg;
	bool saw = *value == BEFORE_CLONE;

	*value = CHILD_WROTE;
	return saw ? 0 : 1;
}

/* clone(SIGCHLD) with no stack is a fork: child sees a copy, its write
 * stays there. */
enum case_result clone_without_stack_forks(void)
{
	volatile long local = BEFORE_CLONE;
	long pid = arch_clone(SIGCHLD, NULL, clone_copy_child, (void *)&local);
	int status;
	bool ok;

	if (!reap_new_child("clone", pid, &status))
		return CASE_FAIL;
	ok = expect_exited("child (1: did not see the parent's value)",
			   status, 0);
	ok &= expect_eq("stack variable after the child wrote its copy",
			local, BEFORE_CLONE);
	return pass_if(ok);
}

/* Child of clone_new_stack: is a local of ours inside the stack @arg? */
static int clone_stack_child(void *arg)
{
	volatile char probe;
	unsigned long sp = (unsigned long)&probe;
	unsigned long base = (unsigned long)arg;

	return sp >= base && sp < base + sizeof(clone_stack) ? 0 : 1;
}

/*
 * The child of clone(SIGCHLD, stack) runs on that stack (in its own copy
 * of memory: CLONE_VM is clone_vm_shares_memory's, which qemu-user cannot
 * run).
 */
enum case_result clone_new_stack(void)
{
	long pid = arch_clone(SIGCHLD,
			      clone_stack + sizeof(clone_stack),
			      clone_stack_child, clone_stack);
	int status;

	if (!reap_new_child("clone", pid, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child (1: its sp is outside the new stack)",
				     status, 0));
}

/* Child of clone_vm_shares_memory: write the parent's global and stack. */
static int clone_vm_child(void *arg)
{
	*(volatile long *)arg = CHILD_WROTE;
	clone_global = CHILD_WROTE;
	return 0;
}

/* With CLONE_VM the child's writes land in the parent's memory. */
enum case_result clone_vm_shares_memory(void)
{
	volatile long local = BEFORE_CLONE;
	long pid;
	int status;
	bool ok;

	if (!running_as_init())
		return case_skip(SKIP_CLONE_VM);
	clone_global = BEFORE_CLONE;
	pid = arch_clone(CLONE_VM | SIGCHLD, clone_stack + sizeof(clone_stack),
			 clone_vm_child, (void *)&local);
	if (!reap_new_child("clone", pid, &status))
		return CASE_FAIL;
	ok = expect_exited("child", status, 0);
	ok &= expect_eq("global written by the child", clone_global,
			CHILD_WROTE);
	ok &= expect_eq("stack variable written by the child", local,
			CHILD_WROTE);
	return pass_if(ok);
}
