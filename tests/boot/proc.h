/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Child-process helpers for the cases: run something in a child, reap it,
 * and explain a wait status that is not what a case expected.
 */
#ifndef BOOT_PROC_H
#define BOOT_PROC_H

#include <stdbool.h>

/*
 * Fork, run @fn in the child and exit with its return value; reap the
 * child into *@status.  False (with a diagnostic) if fork or wait4 failed.
 */
bool run_in_child(int (*fn)(void), int *status);

/* True if @pid, what @what (fork, vfork, clone) returned, is a pid;
 * otherwise explain. */
bool expect_pid(const char *what, long pid);

/* expect_pid(), then reap(): the usual parent side of a case. */
bool reap_new_child(const char *what, long pid, int *status);

/* wait4(@pid) for a child known to exist; false (with a diagnostic) if
 * wait4 did not return @pid. */
bool reap(long pid, int *status);

/* Reap every remaining child; returns how many there were. */
int reap_all(void);

/* True if @status says "exited with @code"; otherwise explains @what. */
bool expect_exited(const char *what, int status, int code);

/* True if @status says "killed by @sig"; otherwise explains @what. */
bool expect_signaled(const char *what, int status, int sig);

/* Append a readable form of wait status @status to the output line. */
void out_status(int status);

#endif /* BOOT_PROC_H */
