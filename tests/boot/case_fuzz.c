// SPDX-License-Identifier: GPL-2.0
/*
 * A fixed-seed system call fuzzer.  A process of its own issues FUZZ_CALLS
 * calls with random numbers and random arguments, and every FUZZ_CALLS /
 * FUZZ_BURSTS calls forks a burst of FUZZ_CHILDREN children that do the
 * same with seeds of their own and exit while it waits.  The kernel must
 * answer every call (a result or an errno: the process is never killed,
 * the kernel never panics or hangs) and leave what the caller owns as it
 * was:
 *
 *   memory     the guard words around the arena the pointers aim into,
 *              and a guard in the fuzzing frame on the stack;
 *   registers  values the caller keeps live across each trap, loaded from
 *              memory the compiler cannot predict, so they must sit in
 *              callee-saved registers (or the stack) while the kernel runs:
 *              every callee-saved register that arch_syscall() itself
 *              does not save around its trap.
 *
 * Numbers: half from the calls the reference kernel implements, the rest
 * anywhere in [0, 1024) and a few edge values.  Arguments: small integers,
 * -1, huge values, pointers into the arena (far enough from its end for
 * any object the kernel writes), into the NULL page, and near the top of
 * the address space (the kernel's half on every port here).  Never made:
 * the calls that would end or replace the caller (exit, exit_group,
 * execve, reboot) or make tasks behind its back (fork, vfork, clone: the
 * bursts do that); a write to the console (fd 0-2) goes to fd + 3
 * instead, as its bytes would corrupt the KTAP document.  The fuzzer runs
 * as a user of its own, so it cannot change other processes' limits.
 *
 * Only on the reference kernel: real Linux may rightly block, write into
 * the caller's memory through a random pointer, or, under qemu-user, reach
 * the host.
 */
#include "boot.h"
#include "cases.h"
#include "ktap.h"
#include "proc.h"
#include "sys.h"

#define FUZZ_SEED	0x20121012u	/* the date of the RFC */
#define FUZZ_CALLS	3000
#define FUZZ_BURSTS	6
#define FUZZ_CHILDREN	3
#define FUZZ_CHILD_CALLS 200
#define FUZZ_UID	4343		/* no other process of a host has it */
#define FUZZ_GUARD	0x5a5aa5a5ul

/* Exit codes of a fuzzing process. */
enum fuzz_exit {
	FUZZ_OK = 0,
	FUZZ_MEMORY = 1,	/* a guard word changed */
	FUZZ_REGISTER = 2,	/* a value live across a trap changed */
	FUZZ_BURST = 3,		/* a burst child did not exit FUZZ_OK */
	FUZZ_SETUP = 4,		/* could not become FUZZ_UID */
};

/* Where pointer arguments aim: a buffer between two guards. */
#define ARENA_SIZE	1024
#define ARENA_REACH	512	/* pointers land below this; objects fit above */
static struct {
	unsigned long head[8];
	unsigned char buf[ARENA_SIZE];
	unsigned long tail[8];
} arena;

/* The values kept live across each trap, reloaded from here to compare. */
static volatile unsigned long live_src[6];

/* How the kernel answered, for the summary line. */
static struct {
	long calls, ok, enosys, efault, ebadf, other;
	long child_calls;	/* made in burst children, answers not seen */
} answers;

/* xorshift32: the same sequence on every port for a seed. */
static unsigned int fuzz_next(unsigned int *state)
{
	unsigned int x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

static bool arena_intact(void)
{
	unsigned int i;

	for (i = 0; i < 8; i++)
		if (arena.head[i] != FUZZ_GUARD || arena.tail[i] != ~FUZZ_GUARD)
			return false;
	return true;
}

/* A random argument of one of the classes in the comment at the top. */
static unsigned long fuzz_arg(unsigned int *state)
{
	unsigned int r = fuzz_next(state);

	switch (r % 8) {
	case 0:
		return (r >> 3) % 8;
	case 1:
		return -1ul;
	case 2:
		return (r & 8) ? ~0ul >> 1 : 0x80000000ul;
	case 3:
	case 4:
		return (unsigned long)&arena.buf[(r >> 3) % ARENA_REACH];
	case 5:
		return ((r >> 3) & 0xfff) & ~3ul;
	case 6:
		return ~0ul - (((r >> 3) & 0xffff) & ~7ul);
	default:
		return fuzz_next(state);
	}
}

/* The calls the reference kernel implements (reference/kernel/sys_call_table.c). */
static const long known_calls[] = {
	__NR_write, __NR_getpid, __NR_getppid, __NR_sched_yield, __NR_getuid,
	__NR_setuid, __NR_prlimit64, __NR_wait4, __NR_uname,
};

/* True for the calls that are never made (see the top of this file). */
static bool fuzz_never(long nr)
{
	return nr == __NR_exit || nr == __NR_exit_group || nr == __NR_execve ||
	       nr == __NR_reboot || nr == __NR_clone
#ifdef __NR_fork
	       || nr == __NR_fork
#endif
#ifdef __NR_vfork
	       || nr == __NR_vfork
#endif
	       ;
}

static long fuzz_nr(unsigned int *state)
{
	unsigned int r = fuzz_next(state);
	long nr;

	if (r % 2)
		nr = known_calls[(r >> 1) % (sizeof(known_calls) / sizeof(*known_calls))];
	else if (r % 16)
		nr = (r >> 4) % 1024;
	else
		nr = (r & 16) ? -1 : (long)(~0ul >> 1);
	return fuzz_never(nr) ? __NR_getpid : nr;
}

static void count(long ret)
{
	answers.calls++;
	if (ret >= 0)
		answers.ok++;
	else if (ret == -ENOSYS)
		answers.enosys++;
	else if (ret == -EFAULT)
		answers.efault++;
	else if (ret == -EBADF)
		answers.ebadf++;
	else
		answers.other++;
}

/* Say which call broke what; returns @why. */
static int fuzz_failed(enum fuzz_exit why, long nr, const unsigned long *a)
{
	unsigned int k;

	diag_start();
	out_str(why == FUZZ_MEMORY ? "fuzz: a guard word changed" :
		"fuzz: a value live across the trap changed");
	out_str(" in syscall ");
	out_dec(nr);
	out_str("(");
	for (k = 0; k < 6; k++) {
		out_hex(a[k]);
		out_str(k < 5 ? ", " : ")");
	}
	out_line();
	return why;
}

/* @calls random calls from @seed; returns an enum fuzz_exit. */
static int fuzz_calls(unsigned int seed, int calls)
{
	volatile unsigned long frame_guard[2] = { FUZZ_GUARD, ~FUZZ_GUARD };
	unsigned int state = seed;
	int i;

	for (i = 0; i < calls; i++) {
		unsigned long v0, v1, v2, v3, v4, v5, a[6];
		long nr = fuzz_nr(&state);
		unsigned int k;

		for (k = 0; k < 6; k++) {
			a[k] = fuzz_arg(&state);
			live_src[k] = fuzz_next(&state);
		}
		if (nr == __NR_write && a[0] <= 2)
			a[0] += 3;
		v0 = live_src[0], v1 = live_src[1], v2 = live_src[2];
		v3 = live_src[3], v4 = live_src[4], v5 = live_src[5];
		count(arch_syscall(nr, a[0], a[1], a[2], a[3], a[4], a[5]));
		if (v0 != live_src[0] || v1 != live_src[1] || v2 != live_src[2] ||
		    v3 != live_src[3] || v4 != live_src[4] || v5 != live_src[5])
			return fuzz_failed(FUZZ_REGISTER, nr, a);
		if (!arena_intact() || frame_guard[0] != FUZZ_GUARD ||
		    frame_guard[1] != ~FUZZ_GUARD)
			return fuzz_failed(FUZZ_MEMORY, nr, a);
	}
	return FUZZ_OK;
}

/* Fork FUZZ_CHILDREN fuzzing children and reap them; false if one failed. */
static bool fuzz_burst(unsigned int burst)
{
	long pids[FUZZ_CHILDREN];
	unsigned int c;
	int status;
	bool ok = true;

	for (c = 0; c < FUZZ_CHILDREN; c++) {
		pids[c] = sys_fork();
		if (pids[c] == 0)
			sys_exit(fuzz_calls(FUZZ_SEED ^ (burst << 8 | c), FUZZ_CHILD_CALLS));
	}
	for (c = 0; c < FUZZ_CHILDREN; c++) {
		if (pids[c] == -EAGAIN)		/* a fuzzed prlimit64 may say so */
			continue;
		if (!reap_new_child("a burst child", pids[c], &status) ||
		    !expect_exited("a burst child", status, FUZZ_OK))
			ok = false;
		answers.child_calls += FUZZ_CHILD_CALLS;
	}
	return ok;
}

/* The fuzzing process: returns an enum fuzz_exit. */
static int fuzz_main(void)
{
	unsigned int b;
	int err;

	for (b = 0; b < 8; b++) {
		arena.head[b] = FUZZ_GUARD;
		arena.tail[b] = ~FUZZ_GUARD;
	}
	if (!expect_eq("setuid", sys_setuid(FUZZ_UID), 0))
		return FUZZ_SETUP;
	for (b = 0; b < FUZZ_BURSTS; b++) {
		err = fuzz_calls(FUZZ_SEED + b, FUZZ_CALLS / FUZZ_BURSTS);
		if (err != FUZZ_OK)
			return err;
		if (!fuzz_burst(b))
			return FUZZ_BURST;
	}
	diag_start();
	out_str("fuzz: ");
	out_dec(answers.calls);
	out_str(" calls here and ");
	out_dec(answers.child_calls);
	out_str(" in burst children; answered here >= 0: ");
	out_dec(answers.ok);
	out_str(", -ENOSYS: ");
	out_dec(answers.enosys);
	out_str(", -EFAULT: ");
	out_dec(answers.efault);
	out_str(", -EBADF: ");
	out_dec(answers.ebadf);
	out_str(", other errno: ");
	out_dec(answers.other);
	out_line();
	return FUZZ_OK;
}

enum case_result syscall_fuzz_survives(void)
{
	int status;

	if (!on_reference_kernel())
		return case_skip(SKIP_FUZZ);
	if (!run_in_child(fuzz_main, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("the fuzzing process", status, FUZZ_OK));
}
