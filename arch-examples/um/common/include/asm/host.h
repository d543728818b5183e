/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The host's system calls, which the kernel process makes for itself
 * (Linux's um calls them through libc, in arch/um/os-Linux/; this kernel
 * has no libc, so they are one inline syscall instruction each).  The
 * numbers and constants are the host's UAPI headers'.
 */
#ifndef _REF_ASM_UM_HOST_H
#define _REF_ASM_UM_HOST_H

#include <linux/types.h>
#include <asm/unistd.h>		/* __NR_* of the host (x86_64) */
#include <asm/ptrace-abi.h>	/* PTRACE_GETREGS, PTRACE_SYSEMU */
#include <linux/mman.h>		/* PROT_*, MAP_* */
#include <linux/prctl.h>	/* PR_SET_PDEATHSIG */
#include <linux/wait.h>		/* __WALL */

/* <linux/ptrace.h> (UAPI): the reference core has its own linux/ptrace.h. */
#define PTRACE_TRACEME		0
#define PTRACE_KILL		8
#define PTRACE_SYSCALL		24
#define PTRACE_SETOPTIONS	0x4200
#define PTRACE_O_TRACESYSGOOD	1
#define PTRACE_O_EXITKILL	(1 << 20)

static inline long host_syscall(long nr, long a1, long a2, long a3, long a4,
				long a5, long a6)
{
	register long r10 asm("r10") = a4;
	register long r8 asm("r8") = a5;
	register long r9 asm("r9") = a6;
	long ret;

	asm volatile("syscall"
		     : "=a" (ret)
		     : "0" (nr), "D" (a1), "S" (a2), "d" (a3), "r" (r10),
		       "r" (r8), "r" (r9)
		     : "rcx", "r11", "memory");
	return ret;
}

#define host_syscall0(nr)		host_syscall(nr, 0, 0, 0, 0, 0, 0)
#define host_syscall1(nr, a)		host_syscall(nr, (long)(a), 0, 0, 0, 0, 0)
#define host_syscall2(nr, a, b)		host_syscall(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define host_syscall3(nr, a, b, c)	host_syscall(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define host_syscall4(nr, a, b, c, d)	host_syscall(nr, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)

/* The host's wait status (the same encoding as this kernel's wait4). */
#define HOST_WIFSTOPPED(s)	(((s) & 0xff) == 0x7f)
#define HOST_WSTOPSIG(s)	(((s) >> 8) & 0xff)
#define HOST_WIFEXITED(s)	(((s) & 0x7f) == 0)

#endif
