/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Program-wide state: what the kernel handed to /init, and the entry
 * points of the two ways the program runs (the suite, or a re-exec role).
 */
#ifndef BOOT_BOOT_H
#define BOOT_BOOT_H

#include <stdbool.h>

/* The initial stack as the kernel laid it out (create_elf_tables()). */
struct boot_info {
	int argc;
	char **argv;
	char **envp;
	unsigned long *auxv;	/* (type, value) pairs up to AT_NULL */
};

extern struct boot_info boot_info;

/* Look up auxv entry @type; false if the kernel did not supply it. */
bool auxv_get(unsigned long type, unsigned long *value);

/*
 * True when this is pid 1: the init of a whole machine, the reference
 * kernel's or real Linux's under qemu-system.  Under qemu-user on a real
 * host the pid is never 1; the cases that only a whole machine can judge
 * skip there, and power_off() refuses.
 */
bool running_as_init(void);

/*
 * True on the reference kernel, whose uname(2) release starts with
 * "reference-" (reference/kernel/sys.c); false on real Linux.
 */
bool on_reference_kernel(void);

/* Run every case and print KTAP; returns the number of failures. */
int run_suite(void);

/* Act out the role named by argv[1] ("--exit", "--exec-child"); never
 * returns. */
void __attribute__((noreturn)) run_role(int argc, char **argv, char **envp);

/*
 * The --exec-child role checks what execve delivered and exits with one
 * of these.  A zero exit is deliberately not success: a child that never
 * got as far as the role must not pass.
 */
enum exec_child_code {
	EXEC_CHILD_OK = 42,
	EXEC_CHILD_BAD_ARGC = 1,
	EXEC_CHILD_BAD_ARGV,
	EXEC_CHILD_BAD_ENVP,
	EXEC_CHILD_BAD_AUXV,
	EXEC_CHILD_OLD_MEMORY,
};

/* Describe an --exec-child exit code for a diagnostic line. */
const char *exec_child_error(int code);

/*
 * A .data word that the parent changes before it forks the exec child; a
 * fresh image must show the initial value again.
 */
#define EXEC_MARKER_INITIAL	0x1234
extern volatile long exec_marker;

#endif /* BOOT_BOOT_H */
