// SPDX-License-Identifier: GPL-2.0
/*
 * The system call table, indexed by Linux's own numbers for this
 * architecture (<asm/unistd.h> from the UAPI headers).  Every slot defaults
 * to sys_ni_syscall (-ENOSYS).  Slot 0 is number SYSCALL_BASE (0 but on mips).  fork/vfork/clone/execve are generic only
 * where the architecture asked for them in its <asm/unistd.h>; otherwise its
 * <asm/syscalls.h> supplies its own entries (ARCH_SYSCALLS).
 */
#include <linux/syscalls.h>
#if __has_include(<asm/syscalls.h>)
#include <asm/syscalls.h>
#endif
#ifndef ARCH_SYSCALLS
#define ARCH_SYSCALLS		/* the arch adds nothing */
#endif

#pragma GCC diagnostic ignored "-Woverride-init"
#pragma GCC diagnostic ignored "-Wcast-function-type"

#define SYSCALL(nr, fn)	[(nr) - SYSCALL_BASE] = (syscall_fn_t)(fn)

const syscall_fn_t sys_call_table[NR_syscalls] = {
	[0 ... NR_syscalls - 1] = sys_ni_syscall,
	SYSCALL(__NR_write, sys_write),
	SYSCALL(__NR_exit, sys_exit),
	SYSCALL(__NR_exit_group, sys_exit_group),
	SYSCALL(__NR_getpid, sys_getpid),
	SYSCALL(__NR_getppid, sys_getppid),
	SYSCALL(__NR_sched_yield, sys_sched_yield),
	SYSCALL(__NR_getuid, sys_getuid),
	SYSCALL(__NR_setuid, sys_setuid),
	SYSCALL(__NR_prlimit64, sys_prlimit64),
	SYSCALL(__NR_uname, sys_newuname),
	SYSCALL(__NR_wait4, sys_wait4),
	SYSCALL(__NR_reboot, sys_reboot),
#ifdef __ARCH_WANT_SYS_EXECVE
	SYSCALL(__NR_execve, sys_execve),
#endif
#ifdef __ARCH_WANT_SYS_FORK
	SYSCALL(__NR_fork, sys_fork),
#endif
#ifdef __ARCH_WANT_SYS_VFORK
	SYSCALL(__NR_vfork, sys_vfork),
#endif
#ifdef __ARCH_WANT_SYS_CLONE
	SYSCALL(__NR_clone, sys_clone),
#endif
	ARCH_SYSCALLS
};
