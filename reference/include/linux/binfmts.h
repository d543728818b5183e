/* SPDX-License-Identifier: GPL-2.0 */
/* Executing a program: the binprm and the execve entry points. */
#ifndef _REF_LINUX_BINFMTS_H
#define _REF_LINUX_BINFMTS_H

#include <linux/types.h>
#include <asm/ptrace.h>

#define BINPRM_BUF_SIZE		128
#define MAX_ARG_PAGE		4096	/* argv + envp strings, as one page */
#define PATH_MAX		256

struct ramfs_file;
struct mm_struct;

struct linux_binprm {
	char buf[BINPRM_BUF_SIZE] __attribute__((aligned(8)));	/* file head */
	const struct ramfs_file *file;
	const char *filename;		/* as the caller named it */
	int argc, envc;
	char *strings;			/* argv then envp, NUL-separated */
	size_t strings_len;
};

long getname(char *name, const char __user *filename);
void flush_old_exec(struct linux_binprm *bprm, struct mm_struct *mm);

/*
 * As with do_fork() (<linux/sched.h>), the 3.8 flag day removed the pt_regs
 * argument: the ELF loader now finds the registers to set with
 * current_pt_regs().  An architecture selects GENERIC_KERNEL_EXECVE for the
 * new shapes.
 */
#ifdef CONFIG_GENERIC_KERNEL_EXECVE
int do_execve(const char *filename,
	      const char __user *const __user *argv,
	      const char __user *const __user *envp);
int load_elf_binary(struct linux_binprm *bprm);
/*
 * Linux 3.7's generic kernel_execve(): a plain do_execve() that returns.
 * On success the kernel thread returns from its callback into
 * ret_from_kernel_thread, which leaves for user mode.
 */
#define kernel_execve(filename, argv, envp) do_execve(filename, argv, envp)
#else
int do_execve(const char *filename,
	      const char __user *const __user *argv,
	      const char __user *const __user *envp, struct pt_regs *regs);
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs);
/* Linux <= 3.6: the arch's kernel_execve() does not return on success. */
int kernel_execve(const char *filename, const char *const argv[],
		  const char *const envp[]);
#endif

#endif
