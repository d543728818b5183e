/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for sparc64 comes from the UAPI header, as in Linux 3.6-3.8
 * (arch/sparc/include/uapi/asm/ptrace.h since 3.7): the trap-time globals
 * %g0-%g7, the ins %i0-%i7 of the trap window -- the trapping code's outs,
 * so the syscall arguments are I0-I5 and the result goes back in I0 -- and
 * %tstate, %tpc, %tnpc, %y.  Under it on the kernel stack sits one
 * struct sparc_stackf (192 bytes), the save area of the trap window, whose
 * first 128 bytes receive its locals and ins when the window is spilled.
 *
 * Every sparc64 stack pointer is biased: %sp + STACK_BIAS (2047) is the
 * real address of the 16-byte aligned frame.  An odd %sp marks a 64-bit
 * frame.
 *
 *	                +---------------------+  stack top
 *	                |  struct pt_regs     |  TRACEREG_SZ  (0xa0)
 *	  + PTREGS_OFF  +---------------------+
 *	                |  struct sparc_stackf|  STACKFRAME_SZ (0xc0):
 *	                |  (trap window's     |  locals, ins at 0x00-0x7f
 *	                |   save area)        |
 *	  %sp + 2047 -> +---------------------+
 */
#ifndef _REF_ASM_SPARC_PTRACE_H
#define _REF_ASM_SPARC_PTRACE_H

#include_next <asm/ptrace.h>
#include <asm/pstate.h>

#define STACK_BIAS	2047
/* Linux 3.8 arch/sparc/include/asm/ptrace.h: pt_regs from %sp in a trap window. */
#define PTREGS_OFF	(STACK_BIAS + STACKFRAME_SZ)

/* The window states (%wstate): normal in bits 2-0, other in 5-3, each
 * picking the spill/fill handlers (common/head.S), Linux's numbers. */
#define WSTATE_KERNEL		0	/* the kernel's own windows, biased */
#define WSTATE_USER64		1	/* a 64-bit user's, stored as the user */
#define WSTATE_IN_KERNEL	((WSTATE_USER64 << 3) | WSTATE_KERNEL)

#ifndef __ASSEMBLY__
/* Linux 3.8 arch/sparc/include/asm/ptrace.h (64-bit). */
#define user_mode(regs)		(!((regs)->tstate & TSTATE_PRIV))
#define instruction_pointer(regs) ((regs)->tpc)

/* The running task's user registers: the very top of its stack. */
#define current_pt_regs() \
	((struct pt_regs *)((unsigned long)current_thread_info() + THREAD_SIZE) - 1)
#endif

#endif
