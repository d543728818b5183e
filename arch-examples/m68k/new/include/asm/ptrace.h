/* SPDX-License-Identifier: GPL-2.0 */
/*
 * m68k, new flow: current_pt_regs() is the syscall slot at the top of the
 * stack (Linux 3.7 arch/m68k/include/asm/ptrace.h).  It is right only for
 * a syscall: an exception with a bigger frame (a 68040 access error) puts
 * pt_regs lower, and only task_pt_regs() (thread.esp0) knows where --
 * hence Linux 3.8's signal_pt_regs().  Kernel threads have the slot too:
 * copy_thread() puts their fork_frame there.
 */
#ifndef _REF_ASM_M68K_NEW_PTRACE_H
#define _REF_ASM_M68K_NEW_PTRACE_H

#include_next <asm/ptrace.h>

#ifndef __ASSEMBLY__
#include <asm/thread_info.h>

#define current_pt_regs() \
	((struct pt_regs *)((char *)current_thread_info() + THREAD_SIZE) - 1)
#endif

#endif
