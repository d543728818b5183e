/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Finding the user registers of the current task.
 *
 * task_pt_regs(task) is where the trap from user mode saved them: the top of
 * the task's kernel stack.  current_pt_regs() (new in Linux 3.7) is the same
 * place for the running task; an architecture may compute it more cheaply
 * from the stack pointer, and defines current_pt_regs itself to do so.
 */
#ifndef _REF_LINUX_PTRACE_H
#define _REF_LINUX_PTRACE_H

#include <linux/sched.h>

#ifndef current_pt_regs
#define current_pt_regs() task_pt_regs(current)
#endif

#endif
