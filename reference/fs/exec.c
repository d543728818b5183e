// SPDX-License-Identifier: GPL-2.0
/*
 * execve(): replace the current image with a program from the initramfs.
 *
 * do_execve() copies the argument and environment strings in while the old
 * image is still in the window, finds the file, and hands it to the ELF
 * loader.  Past the loader's point of no return the old mm is gone; a
 * failure before it returns an errno to a caller that goes on.
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/ptrace.h>
#include <linux/binfmts.h>
#include <linux/ramfs.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/stat.h>
#include <linux/uaccess.h>
#include <linux/syscalls.h>

/*
 * The argument page.  exec never sleeps between copying the strings in and
 * laying them on the new stack, and nothing preempts it, so one page serves
 * every exec on this one-CPU kernel.
 */
static char exec_arg_page[MAX_ARG_PAGE];

/*
 * Append the strings of the NULL-terminated user array @argv to the page.
 * Returns how many there were, -EFAULT or -E2BIG.  A NULL @argv is empty,
 * as Linux allows.
 */
static int copy_strings(struct linux_binprm *bprm,
			const char __user *const __user *argv)
{
	int n;

	for (n = 0; argv; n++) {
		const char __user *str;
		size_t room = MAX_ARG_PAGE - bprm->strings_len;
		long len;

		if (get_user(str, argv + n))
			return -EFAULT;
		if (!str)
			break;
		len = strncpy_from_user(bprm->strings + bprm->strings_len,
					str, room);
		if (len < 0)
			return len;
		if ((size_t)len >= room)
			return -E2BIG;
		bprm->strings_len += len + 1;
	}
	return n;
}

/* Copy a user path into @name (PATH_MAX bytes).  Returns 0 or -errno. */
long getname(char *name, const char __user *filename)
{
	long len = strncpy_from_user(name, filename, PATH_MAX);

	if (len < 0)
		return len;
	if (len == PATH_MAX)
		return -ENAMETOOLONG;
	if (len == 0)
		return -ENOENT;
	return 0;
}

/*
 * The point of no return: current drops its old mm for @mm, stops being a
 * kernel thread, and is named after the program.  A parent waiting in
 * vfork() is released here.
 */
void flush_old_exec(struct linux_binprm *bprm, struct mm_struct *mm)
{
	struct mm_struct *old = current->mm;
	const char *base = bprm->filename, *p;

	mm_release(current);
	current->mm = mm;
	if (old)
		mmput(old);
	activate_mm(mm);

	current->flags &= ~(PF_KTHREAD | PF_FORKNOEXEC);
	current->addr_limit = USER_DS;
	for (p = base; *p; p++)
		if (*p == '/')
			base = p + 1;
	strscpy(current->comm, base, TASK_COMM_LEN);
}

#ifdef CONFIG_GENERIC_KERNEL_EXECVE
int do_execve(const char *filename,
	      const char __user *const __user *argv,
	      const char __user *const __user *envp)
#else
int do_execve(const char *filename,
	      const char __user *const __user *argv,
	      const char __user *const __user *envp, struct pt_regs *regs)
#endif
{
	struct linux_binprm bprm = {
		.filename = filename,
		.strings = exec_arg_page,
	};
	const struct ramfs_file *file = ramfs_lookup(filename);

	if (!file)
		return -ENOENT;
	if (!S_ISREG(file->mode) || !(file->mode & 0111))
		return -EACCES;
	bprm.file = file;
	bprm.argc = copy_strings(&bprm, argv);
	if (bprm.argc < 0)
		return bprm.argc;
	bprm.envc = copy_strings(&bprm, envp);
	if (bprm.envc < 0)
		return bprm.envc;
	memcpy(bprm.buf, file->data, min(file->size, sizeof(bprm.buf)));

	/* No other binary formats here: no #! scripts, no binfmt_misc. */
#ifdef CONFIG_GENERIC_KERNEL_EXECVE
	return load_elf_binary(&bprm);
#else
	return load_elf_binary(&bprm, regs);
#endif
}

#ifdef __ARCH_WANT_SYS_EXECVE
/*
 * Linux 3.7's generic sys_execve() (fs/exec.c): no arch wrapper digging for
 * pt_regs.  The loader sets up current_pt_regs() for the new image.
 */
long sys_execve(const char __user *filename,
		const char __user *const __user *argv,
		const char __user *const __user *envp)
{
	char name[PATH_MAX];
	long error = getname(name, filename);

	if (error)
		return error;
#ifdef CONFIG_GENERIC_KERNEL_EXECVE
	return do_execve(name, argv, envp);
#else
	return do_execve(name, argv, envp, current_pt_regs());
#endif
}
#endif
