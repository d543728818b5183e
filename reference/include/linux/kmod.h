/* SPDX-License-Identifier: GPL-2.0 */
/* Running a user program from the kernel (kernel/kmod.c). */
#ifndef _REF_LINUX_KMOD_H
#define _REF_LINUX_KMOD_H

#define UMH_WAIT_PROC	2	/* wait for the program to exit */

int call_usermodehelper(const char *path, const char **argv,
			const char **envp, int wait);

#endif
