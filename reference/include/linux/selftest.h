/* SPDX-License-Identifier: GPL-2.0 */
/* The kernel's own boot-time self-tests (kernel/selftest.c), run by pid 1. */
#ifndef _REF_LINUX_SELFTEST_H
#define _REF_LINUX_SELFTEST_H

extern const char *argv_init[], *envp_init[];

void run_selftests(void);

#endif
