/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The system calls the generic core implements.  The table that maps Linux's
 * numbers to them is kernel/sys_call_table.c; arch-only entries come from the
 * architecture's <asm/syscalls.h>.
 */
#ifndef _REF_LINUX_SYSCALLS_H
#define _REF_LINUX_SYSCALLS_H

#include <linux/types.h>
#include <asm/unistd.h>

/* An arch whose numbers go higher (alpha) defines it in <asm/unistd.h>. */
#ifndef NR_syscalls
#define NR_syscalls	512
#endif

/*
 * The number of the table's first slot.  An arch whose numbers start
 * higher (mips o32: 4000, __NR_Linux) defines it in <asm/unistd.h>; its
 * entry code subtracts it, as Linux's does before indexing its table.
 */
#ifndef SYSCALL_BASE
#define SYSCALL_BASE	0
#endif

typedef long (*syscall_fn_t)(void);

long sys_ni_syscall(void);
long sys_write(unsigned int fd, const char __user *buf, size_t count);
long sys_exit(int error_code);
long sys_exit_group(int error_code);
long sys_getpid(void);
long sys_getppid(void);
long sys_sched_yield(void);
long sys_getuid(void);
struct new_utsname;
long sys_newuname(struct new_utsname __user *name);
long sys_setuid(unsigned long uid);
struct rlimit64;
long sys_prlimit64(long pid, unsigned long resource,
		   const struct rlimit64 __user *new_rlim, struct rlimit64 __user *old_rlim);
long sys_wait4(pid_t pid, int __user *stat_addr, int options,
	       void __user *rusage);
/* Takes longs and truncates them, as Linux's syscall wrappers (kernel/sys.c). */
long sys_reboot(long magic1, long magic2, unsigned long cmd, void __user *arg);

/* Generic fork/execve, for the architectures that want them (asm/unistd.h). */
#ifdef __ARCH_WANT_SYS_EXECVE
long sys_execve(const char __user *filename,
		const char __user *const __user *argv,
		const char __user *const __user *envp);
#endif
#ifdef __ARCH_WANT_SYS_FORK
long sys_fork(void);
#endif
#ifdef __ARCH_WANT_SYS_VFORK
long sys_vfork(void);
#endif
#ifdef __ARCH_WANT_SYS_CLONE
#ifdef CONFIG_CLONE_BACKWARDS
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, unsigned long tls,
	       int __user *child_tidptr);
#elif defined(CONFIG_CLONE_BACKWARDS2)
long sys_clone(unsigned long newsp, unsigned long clone_flags,
	       int __user *parent_tidptr, int __user *child_tidptr,
	       unsigned long tls);
#else
long sys_clone(unsigned long clone_flags, unsigned long newsp,
	       int __user *parent_tidptr, int __user *child_tidptr,
	       unsigned long tls);
#endif
#endif

extern const syscall_fn_t sys_call_table[NR_syscalls];

#endif
