// SPDX-License-Identifier: GPL-2.0
/*
 * User mode on um: host child processes, one per mm, started stopped, run
 * the user tasks' instructions under ptrace(PTRACE_SYSEMU).  Each system call
 * it makes stops it before the host runs it; this kernel reads the
 * registers (PTRACE_GETREGS: they are that task's pt_regs), serves the
 * call, writes the result back (PTRACE_SETREGS) and resumes it.  A fault
 * stops it with the signal, which becomes that task's death.
 *
 * The window a child runs in is the memfd that setup.c mapped before the
 * forks: the same pages as the kernel's USER_WINDOW_BASE, so the window's
 * owner (mm/window.c) is what the running child sees.  Each mm has its own
 * child (asm/mmu_context.h), all of them mapping the one window;
 * userspace() loads the running task's registers into its mm's child.
 */
#include <linux/sched.h>
#include <linux/syscalls.h>
#include <linux/mm.h>
#include <linux/errno.h>
#include <linux/string.h>
#include <asm/host.h>

static struct pt_regs safe_regs;	/* the child's registers at rest */

extern const syscall_fn_t sys_call_table[NR_syscalls];
extern char _text[], _end[];
void um_stub_syscall(void);

/* Resume the stopped child with @op and wait for its next stop. */
static int ptrace_step(long pid, long op)
{
	int status;

	if (host_syscall4(__NR_ptrace, op, pid, 0, 0) < 0)
		panic("um: ptrace(%ld) on the userspace process failed", op);
	if (host_syscall4(__NR_wait4, pid, &status, __WALL, 0) != pid)
		panic("um: waiting for the userspace process failed");
	if (!HOST_WIFSTOPPED(status))
		panic("um: the userspace process died (status %x)", status);
	return status;
}

/*
 * Not in Linux: the child was forked from this kernel and still maps all
 * of it, its private copy.  Make it munmap the kernel image (text, data,
 * .bss and with it every kernel stack), so that a user program reaching
 * for a kernel address faults, as on every other port.  The child runs
 * um_stub_syscall's syscall with our registers under PTRACE_SYSCALL:
 * stop at the entry, let the host run it, stop at the exit, check.
 */
static void unmap_kernel_in_child(long pid)
{
	struct pt_regs regs;
	unsigned long start = (unsigned long)_text;
	unsigned long len = ALIGN((unsigned long)_end - start, 4096);

	get_safe_registers(&regs);
	regs.ip = (unsigned long)um_stub_syscall;
	regs.ax = __NR_munmap;
	regs.orig_ax = -1;		/* no syscall to restart */
	regs.di = start;
	regs.si = len;
	if (host_syscall4(__NR_ptrace, PTRACE_SETREGS, pid, 0, &regs) < 0)
		panic("um: PTRACE_SETREGS failed");
	ptrace_step(pid, PTRACE_SYSCALL);	/* syscall-entry stop */
	ptrace_step(pid, PTRACE_SYSCALL);	/* syscall-exit stop */
	if (host_syscall4(__NR_ptrace, PTRACE_GETREGS, pid, 0, &regs) < 0 ||
	    regs.ax != 0)
		panic("um: unmapping the kernel in the userspace process failed");
}

/*
 * Not in Linux: the child's side of start_userspace().  Die with the
 * kernel (PR_SET_PDEATHSIG, and the check closes the race with a kernel
 * that died first), ask to be traced and stop; the tracer never lets it
 * run this code again.
 */
static void __noreturn userspace_child(void)
{
	long err;

	host_syscall2(__NR_prctl, PR_SET_PDEATHSIG, SIGKILL);
	if (host_syscall0(__NR_getppid) == 1)
		host_syscall1(__NR_exit_group, 127);
	err = host_syscall4(__NR_ptrace, PTRACE_TRACEME, 0, 0, 0);
	if (err < 0)
		host_syscall1(__NR_exit_group, 100 + (-err & 0x1f));
	host_syscall2(__NR_kill, host_syscall0(__NR_getpid), SIGSTOP);
	for (;;)
		host_syscall1(__NR_exit_group, 126);
}

/* Not in Linux: the first bytes of host file @path, NUL-ended; "" if none. */
static void read_host_file(const char *path, char *buf, long size)
{
	long fd = host_syscall2(__NR_open, path, 0), n = 0;

	if (fd >= 0) {
		n = host_syscall3(__NR_read, fd, buf, size - 1);
		host_syscall1(__NR_close, fd);
	}
	buf[n > 0 ? n : 0] = '\0';
}

/*
 * Not in Linux: why the host refused PTRACE_TRACEME, in one line naming
 * the cause -- Yama's ptrace_scope 3 (no ptrace at all), a seccomp filter
 * on this process (a container's profile), or else the errno -- and exit
 * with status 2: user mode cannot run without ptrace.
 */
static void __noreturn ptrace_refused(int err)
{
	static char buf[2048];
	const char *cause = NULL, *p;

	read_host_file("/proc/sys/kernel/yama/ptrace_scope", buf, sizeof(buf));
	if (buf[0] == '3')
		cause = "Yama forbids it (/proc/sys/kernel/yama/ptrace_scope is 3)";
	read_host_file("/proc/self/status", buf, sizeof(buf));
	for (p = buf; !cause && *p; p++)
		if (memcmp(p, "Seccomp:\t2", 10) == 0)
			cause = "a seccomp filter on this process refuses it (the container's profile?)";
	if (cause)
		printk("um: cannot run user mode: the host does not permit ptrace: %s\n", cause);
	else
		printk("um: cannot run user mode: the host does not permit ptrace "
		       "(PTRACE_TRACEME failed with errno %d)\n", err);
	host_syscall1(__NR_exit_group, 2);
	for (;;)
		;
}

/*
 * Linux 3.8 arch/um/os-Linux/skas/process.c start_userspace(): make the
 * host process an mm's user mode will run in (init_new_context()), wait
 * for its stop and take it over.  Returns its pid.
 *
 * Differs from Linux: it is forked, not cloned onto a stub stack, and the
 * kernel makes it unmap
 * its copy of the kernel image (unmap_kernel_in_child()), leaving the
 * shared user window and the host's stack and vDSO.  PTRACE_O_EXITKILL
 * (Linux 3.8) backs PR_SET_PDEATHSIG: no child outlives the kernel.
 */
long start_userspace(void)
{
	int status = 0;
	long pid;

	pid = host_syscall(__NR_clone, SIGCHLD, 0, 0, 0, 0, 0);
	if (pid < 0)
		panic("um: fork of the userspace process failed (%ld)", pid);
	if (pid == 0)
		userspace_child();
	if (host_syscall4(__NR_wait4, pid, &status, __WALL, 0) != pid)
		panic("um: waiting for the userspace process failed");
	if (HOST_WIFEXITED(status) && ((status >> 8) & 0xff) >= 100 &&
	    ((status >> 8) & 0xff) < 126)
		ptrace_refused(((status >> 8) & 0xff) - 100);
	if (!HOST_WIFSTOPPED(status) || HOST_WSTOPSIG(status) != SIGSTOP)
		panic("um: the userspace process did not stop (status %x)", status);
	if (host_syscall4(__NR_ptrace, PTRACE_SETOPTIONS, pid, 0,
			  PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL) < 0)
		panic("um: PTRACE_SETOPTIONS failed");
	if (!safe_regs.cs &&
	    host_syscall4(__NR_ptrace, PTRACE_GETREGS, pid, 0, &safe_regs) < 0)
		panic("um: PTRACE_GETREGS failed");
	unmap_kernel_in_child(pid);
	return pid;
}

/* Not in Linux: kill and reap an mm's host process (destroy_context()). */
void kill_userspace(long pid)
{
	int status;

	if (pid <= 0)
		return;
	host_syscall2(__NR_kill, pid, SIGKILL);
	host_syscall4(__NR_wait4, pid, &status, __WALL, 0);
}

/*
 * Linux 3.8 arch/um/os-Linux/registers.c get_safe_registers(): the
 * segment selectors and flags the child stopped with; every general
 * register, fs_base and gs_base zero.
 */
void get_safe_registers(struct pt_regs *regs)
{
	*regs = (struct pt_regs) {
		.cs = safe_regs.cs,
		.ss = safe_regs.ss,
		.ds = safe_regs.ds,
		.es = safe_regs.es,
		.fs = safe_regs.fs,
		.gs = safe_regs.gs,
		.flags = safe_regs.flags,
	};
}

/*
 * Linux 3.8 arch/um/kernel/skas/syscall.c handle_syscall(): run the
 * system call the child stopped at, the number in orig_ax, the x86_64
 * arguments in rdi, rsi, rdx, r10, r8, r9; the result goes to ax.  It
 * runs on this task's kernel stack and may sleep: schedule() switches
 * kernel stacks, and the task resumes here when it runs again.
 */
static void handle_syscall(struct pt_regs *regs)
{
	unsigned long nr = regs->orig_ax;
	long result;

	if (nr >= NR_syscalls) {
		result = -ENOSYS;
	} else {
		/* Every entry takes at most six longs (x86_64's syscall ABI). */
		long (*fn)(long, long, long, long, long, long) =
			(long (*)(long, long, long, long, long, long))
			(void (*)(void))sys_call_table[nr];

		result = fn(regs->di, regs->si, regs->dx, regs->r10, regs->r8,
			    regs->r9);
	}
	PT_REGS_SET_SYSCALL_RETURN(regs, result);
}

static const char *fault_name(int sig)
{
	switch (sig) {
	case SIGSEGV:	return "segmentation fault";
	case SIGILL:	return "illegal instruction";
	case SIGBUS:	return "bus error";
	case SIGFPE:	return "arithmetic fault";
	case SIGTRAP:	return "trap";
	default:	return NULL;
	}
}

/*
 * Linux 3.8 arch/um/os-Linux/skas/process.c userspace(): run the current
 * task in user mode, forever.  Load its registers into the child, let it
 * go until its next system call (PTRACE_SYSEMU: the host does not run it)
 * or fault, read its registers back and handle the stop.  The host
 * process is the mm's (init_new_context()); tasks sharing the mm (vfork,
 * CLONE_VM) take turns in it, each loading its own registers.
 *
 * Differs from Linux: no timer (SIGVTALRM) and no signal delivery to user
 * handlers; a fault is the process's death with the signal, as on every
 * port here.  No FP registers are loaded or saved (nothing user mode runs
 * here uses them).
 */
void userspace(struct pt_regs *regs)
{
	int status, sig;
	long pid;

	for (;;) {
		pid = current->mm->context.pid;	/* Linux: userspace_pid[0] */
		if (host_syscall4(__NR_ptrace, PTRACE_SETREGS, pid, 0, regs) < 0)
			force_fatal_sig(SIGSEGV);	/* bad segment values */
		if (host_syscall4(__NR_ptrace, PTRACE_SYSEMU, pid, 0, 0) < 0)
			panic("um: PTRACE_SYSEMU failed");
		if (host_syscall4(__NR_wait4, pid, &status, __WALL, 0) != pid)
			panic("um: waiting for the userspace process failed");
		if (!HOST_WIFSTOPPED(status))
			panic("um: the userspace process died (status %x)", status);
		if (host_syscall4(__NR_ptrace, PTRACE_GETREGS, pid, 0, regs) < 0)
			panic("um: PTRACE_GETREGS failed");

		sig = HOST_WSTOPSIG(status);
		if (sig == (SIGTRAP | 0x80)) {
			handle_syscall(regs);
		} else if (fault_name(sig)) {
			printk("%s[%d]: %s at ip %016lx, sp %016lx\n",
			       current->comm, current->pid, fault_name(sig),
			       regs->ip, regs->sp);
			force_fatal_sig(sig);
		}
		/* any other stop (a host signal to the child): go on */
	}
}

/*
 * Linux 3.8 arch/um/os-Linux/skas/process.c new_thread(): a newborn's
 * switch buffer, so that the first switch_threads() to it enters
 * @handler on the top of @stack, as if called there (rsp + 8 16-byte
 * aligned, one word for the return address it never uses).
 */
void new_thread(void *stack, struct um_jmp_buf *buf, void (*handler)(void))
{
	*buf = (struct um_jmp_buf) {
		.ip = (unsigned long)handler,
		.sp = (unsigned long)stack + THREAD_SIZE - sizeof(void *),
	};
}
