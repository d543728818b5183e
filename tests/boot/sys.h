/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The boot test's view of the kernel: the per-arch interface and the
 * syscall wrappers built on it.
 *
 * The program is freestanding (no libc), so everything it asks of the
 * kernel goes through this header.  Numbers and constants come from the
 * UAPI headers of the target's sysroot, never typed by hand: the same
 * binary must agree with real Linux (the oracle under qemu-user) and with
 * the reference kernel.
 *
 * What an architecture provides, in tests/boot/arch/<arch>/ (see
 * tests/boot/arch/README):
 *
 *   arch.h   ARCH_CALLEE_SAVED_NAMES, the names of the registers that
 *            arch_fork_regs_check() checks, in its bit order.
 *   *.S      the functions declared below, plus _start.
 *
 * Everything else is generic: fork is the fork syscall where
 * <asm/unistd.h> has one and clone otherwise; the ELF class follows the
 * word size.
 */
#ifndef BOOT_SYS_H
#define BOOT_SYS_H

#include <stdbool.h>
#include <stddef.h>
#include <asm/unistd.h>
#include <asm/signal.h>
#include <asm/errno.h>	/* the arch's numbers: alpha's ENOSYS is 78, EAGAIN 35 */
#include <linux/auxvec.h>
#include <linux/elf.h>
#include <linux/reboot.h>
#include <linux/resource.h>
#include <linux/sched.h>
#include <linux/utsname.h>
#include <linux/wait.h>

#include "arch.h"

/*
 * Entry point.  The kernel jumps here with the stack pointer at argc, as
 * Linux's create_elf_tables() lays it out; _start passes that pointer on.
 */
void _start(void);

/*
 * The address of the code a C function pointer names: the pointer itself,
 * unless the arch's arch.h says otherwise (ppc64 ELFv1: a function
 * pointer is the address of a descriptor whose first word is the entry).
 */
#ifndef arch_func_entry
#define arch_func_entry(f)	((unsigned long)(f))
#endif
void __attribute__((noreturn)) boot_main(unsigned long *initial_sp);

/* Trap into the kernel with syscall @nr and six arguments; returns the raw
 * result (-errno on failure). */
long arch_syscall(long nr, long a0, long a1, long a2, long a3, long a4,
		  long a5);

/*
 * vfork without touching the stack: the child runs on the parent's stack
 * until it execs or exits, so anything the wrapper pushed and popped in
 * the child would be gone when the parent returns through it.
 */
long arch_vfork(void) __attribute__((returns_twice));

/*
 * clone(@flags) with the child on @stack_top (NULL: the child keeps the
 * parent's sp, as fork does).  The child calls fn(arg) and exits with its
 * return value; it never returns here.  The parent gets the child's pid
 * or -errno.  The arch code puts the arguments in the arch's clone order
 * (CLONE_BACKWARDS and friends).
 */
long arch_clone(unsigned long flags, void *stack_top, int (*fn)(void *),
		void *arg);

/*
 * Fork with every callee-saved register (ARCH_CALLEE_SAVED_NAMES, the
 * stack pointer included) loaded with a known pattern across the trap.
 * Returns what fork returned, in the child and in the parent, and sets
 * *clobbered to a mask of the registers that did not come back (bit n is
 * the n-th name).
 */
long arch_fork_regs_check(unsigned long *clobbered);

/* Execute an instruction the CPU does not define; should raise SIGILL. */
void arch_illegal_instruction(void);

/* Wait statuses, as Linux encodes them. */
#define WTERMSIG(status)	((status) & 0x7f)
#define WEXITSTATUS(status)	(((status) >> 8) & 0xff)
#define WIFEXITED(status)	(WTERMSIG(status) == 0)
#define WIFSIGNALED(status)	(WTERMSIG(status) != 0 && \
				 WTERMSIG(status) != 0x7f)

/* The ELF program header of this image's class. */
#if __SIZEOF_LONG__ == 8
typedef Elf64_Phdr elf_phdr;
#else
typedef Elf32_Phdr elf_phdr;
#endif

/* write(2). */
static inline long sys_write(int fd, const void *buf, unsigned long count)
{
	return arch_syscall(__NR_write, fd, (long)buf, (long)count, 0, 0, 0);
}

/* _exit(2): end this task with @code. */
static inline void __attribute__((noreturn)) sys_exit(int code)
{
	arch_syscall(__NR_exit, code, 0, 0, 0, 0, 0);
	__builtin_unreachable();
}

/* exit_group(2). */
static inline void __attribute__((noreturn)) sys_exit_group(int code)
{
	arch_syscall(__NR_exit_group, code, 0, 0, 0, 0, 0);
	__builtin_unreachable();
}

/* getpid(2). */
static inline long sys_getpid(void)
{
	return arch_syscall(__NR_getpid, 0, 0, 0, 0, 0, 0);
}

/* getppid(2). */
static inline long sys_getppid(void)
{
	return arch_syscall(__NR_getppid, 0, 0, 0, 0, 0, 0);
}

/* sched_yield(2). */
static inline long sys_sched_yield(void)
{
	return arch_syscall(__NR_sched_yield, 0, 0, 0, 0, 0, 0);
}

/* uname(2): Linux's newuname on every architecture's __NR_uname. */
static inline long sys_uname(struct new_utsname *name)
{
	return arch_syscall(__NR_uname, (long)name, 0, 0, 0, 0, 0);
}

/* setuid(2). */
static inline long sys_setuid(unsigned int uid)
{
	return arch_syscall(__NR_setuid, uid, 0, 0, 0, 0, 0);
}

/* prlimit64(2): every architecture has it since Linux 2.6.36. */
static inline long sys_prlimit64(long pid, unsigned int resource,
				 const struct rlimit64 *new_rlim,
				 struct rlimit64 *old_rlim)
{
	return arch_syscall(__NR_prlimit64, pid, resource, (long)new_rlim,
			    (long)old_rlim, 0, 0);
}

/*
 * fork(2).  Architectures on asm-generic/unistd.h (arm64, riscv) have no
 * fork syscall; their libc forks with clone(SIGCHLD), and so do we.  With
 * no new stack and no tid pointers the clone argument order is moot.
 */
static inline long sys_fork(void)
{
#ifdef __NR_fork
	return arch_syscall(__NR_fork, 0, 0, 0, 0, 0, 0);
#else
	return arch_syscall(__NR_clone, SIGCHLD, 0, 0, 0, 0, 0);
#endif
}

/* execve(2); returns only on failure. */
static inline long sys_execve(const char *path, char *const *argv,
			      char *const *envp)
{
	return arch_syscall(__NR_execve, (long)path, (long)argv, (long)envp,
			    0, 0, 0);
}

/* wait4(2) without rusage. */
static inline long sys_wait4(long pid, int *status, int options)
{
	return arch_syscall(__NR_wait4, pid, (long)status, options, 0, 0, 0);
}

/* reboot(2); only pid 1 on the reference kernel may call it (power_off()). */
static inline long sys_reboot(unsigned int cmd)
{
	return arch_syscall(__NR_reboot, (long)LINUX_REBOOT_MAGIC1,
			    LINUX_REBOOT_MAGIC2, (long)cmd, 0, 0, 0);
}

#endif /* BOOT_SYS_H */
