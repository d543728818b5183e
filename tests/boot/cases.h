/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The list of cases, in KTAP order.  Each case is a function of the same
 * name in one of the case_*.c files; BOOT_CASES() both declares them and
 * builds the suite's table (suite.c), so the two cannot drift apart.
 */
#ifndef BOOT_CASES_H
#define BOOT_CASES_H

#include "ktap.h"

#define BOOT_CASES(C)							\
	/* case_start.c: what the kernel handed to /init */		\
	C(init_is_pid_1)						\
	C(init_ppid_is_0)						\
	C(argv_from_kernel)						\
	C(envp_from_kernel)						\
	C(auxv_pagesz)							\
	C(auxv_entry)							\
	C(auxv_phdr)							\
	C(auxv_random)							\
	/* case_syscall.c: the trap itself and bad input */		\
	C(write_returns_count)						\
	C(write_efault)							\
	C(enosys)							\
	C(sched_yield_returns_0)					\
	C(uname_says_linux)						\
	/* case_fork.c */						\
	C(fork_child_gets_zero)						\
	C(fork_parent_gets_pid)						\
	C(fork_child_getppid)						\
	C(fork_child_callee_saved)					\
	C(fork_parent_callee_saved)					\
	C(fork_copies_memory)						\
	/* case_vfork.c */						\
	C(vfork_suspends_parent)					\
	C(vfork_shares_memory)						\
	C(vfork_then_execve)						\
	/* case_clone.c */						\
	C(clone_without_stack_forks)					\
	C(clone_new_stack)						\
	C(clone_vm_shares_memory)					\
	/* case_exec.c */						\
	C(execve_with_args)						\
	C(execve_enoent)						\
	C(execve_enoexec_text)						\
	C(execve_enoexec_foreign)					\
	C(execve_efault)						\
	C(execve_failure_returns)					\
	/* case_wait.c */						\
	C(wait4_exit_status)						\
	C(exit_group_status)						\
	C(wait4_any_pid)						\
	C(wait4_wnohang)						\
	C(wait4_echild)							\
	C(wait4_efault)							\
	/* case_fault.c: a process dies, the rest go on */		\
	C(sigsegv_kills_child)						\
	C(sigill_kills_child)						\
	/* case_fuzz.c: random calls, after every case that judges one */	\
	C(syscall_fuzz_survives)					\
	/* case_limit.c: last, as it fills a user's process limit */		\
	C(fork_eagain_at_task_limit)

#define BOOT_CASE_DECLARE(name) enum case_result name(void);
BOOT_CASES(BOOT_CASE_DECLARE)
#undef BOOT_CASE_DECLARE

/*
 * Exit codes of children that exec: the exec itself failed, or (for the
 * cases that expect failure) it wrongly succeeded and ran "init --exit".
 */
#define EXIT_EXEC_FAILED	127
#define EXIT_EXEC_SUCCEEDED	99

/* Skip reasons shared by several cases: the limits of qemu-user. */
#define SKIP_NOT_PID_1 "not pid 1: not running on the reference kernel"
#define SKIP_VFORK "qemu-user runs vfork as fork"
#define SKIP_CLONE_VM \
	"qemu-user refuses clone(CLONE_VM) without thread flags (EINVAL)"
#define SKIP_EXEC "qemu-user cannot exec a foreign-arch binary"
#define SKIP_FUZZ \
	"random calls are made only to the reference kernel, not real Linux"
#define SKIP_NPROC \
	"qemu-user's own call_rcu thread counts against RLIMIT_NPROC"

#endif /* BOOT_CASES_H */
