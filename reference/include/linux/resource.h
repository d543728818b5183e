/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Resource limits.  The UAPI header gives struct rlimit, struct rlimit64 and
 * the arch's RLIMIT_* numbers (mips, sparc and alpha number them their own
 * way); a task's limits are copied to its children at fork.
 */
#ifndef _REF_LINUX_RESOURCE_H
#define _REF_LINUX_RESOURCE_H

#include_next <linux/resource.h>	/* struct rlimit, RLIMIT_* (UAPI) */

/* Linux 3.8 include/linux/sched.h task_rlimit(), on our per-task copy. */
#define task_rlimit(tsk, limit)	((tsk)->rlim[limit].rlim_cur)

#endif
