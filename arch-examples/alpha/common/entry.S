/* SPDX-License-Identifier: GPL-2.0 */
/*
 * alpha system call, trap and fault entry and exit, the switch_stack
 * helpers and the context switch, shared by the old and the new flow
 * (Linux 3.6-3.8 arch/alpha/kernel/entry.S, without syscall tracing,
 * signals, rescheduling on the way out and the HAE, which the Typhoon
 * does not have).
 *
 * The PALcode enters with its own 48-byte frame (ps, pc, gp, a0-a2) on
 * the kernel stack; SAVE_ALL puts the rest of pt_regs under it:
 *
 *	stack top  +-----------------------+
 *	           |  PAL frame: ps pc gp  |  SP_OFF
 *	           |  r16 r17 r18          |
 *	           +-----------------------+
 *	           |  trap_a0-a2, hae      |
 *	           |  r19-r28, r0-r8       |  struct pt_regs
 *	   $sp ->  +-----------------------+
 *	           |  switch_stack: r9-r15,|  only where pushed
 *	           |  r26 (fork, switch)   |  (do_switch_stack)
 *	           +-----------------------+
 *
 * In the kernel $8 is the current thread_info: sp rounded down to 16 KiB.
 */
#include <linux/linkage.h>
#include <asm/pal.h>
#include <generated/asm-offsets.h>

	.text
	.set noat

/* Linux 3.8 entry.S SAVE_ALL, less the HAE (its slot stays zero). */
#define SAVE_ALL			\
	subq	$sp, SP_OFF, $sp;	\
	stq	$0, 0($sp);		\
	stq	$1, 8($sp);		\
	stq	$2, 16($sp);		\
	stq	$3, 24($sp);		\
	stq	$4, 32($sp);		\
	stq	$28, 144($sp);		\
	stq	$5, 40($sp);		\
	stq	$6, 48($sp);		\
	stq	$7, 56($sp);		\
	stq	$8, 64($sp);		\
	stq	$19, 72($sp);		\
	stq	$20, 80($sp);		\
	stq	$21, 88($sp);		\
	stq	$22, 96($sp);		\
	stq	$23, 104($sp);		\
	stq	$24, 112($sp);		\
	stq	$25, 120($sp);		\
	stq	$26, 128($sp);		\
	stq	$27, 136($sp);		\
	stq	$31, 152($sp);		\
	stq	$16, 160($sp);		\
	stq	$17, 168($sp);		\
	stq	$18, 176($sp)

/* Linux 3.8 entry.S RESTORE_ALL, less the HAE: PAL_rti pops the rest. */
#define RESTORE_ALL			\
	ldq	$0, 0($sp);		\
	ldq	$1, 8($sp);		\
	ldq	$2, 16($sp);		\
	ldq	$3, 24($sp);		\
	ldq	$4, 32($sp);		\
	ldq	$5, 40($sp);		\
	ldq	$6, 48($sp);		\
	ldq	$7, 56($sp);		\
	ldq	$8, 64($sp);		\
	ldq	$19, 72($sp);		\
	ldq	$20, 80($sp);		\
	ldq	$21, 88($sp);		\
	ldq	$22, 96($sp);		\
	ldq	$23, 104($sp);		\
	ldq	$24, 112($sp);		\
	ldq	$25, 120($sp);		\
	ldq	$26, 128($sp);		\
	ldq	$27, 136($sp);		\
	ldq	$28, 144($sp);		\
	addq	$sp, SP_OFF, $sp

/*
 * Linux 3.8 entry.S entInt, entArith, entMM, entIF, entUna: save pt_regs,
 * find current, hand the PALcode's a0-a2 and the registers to C.  Linux
 * also saves r9-r15 around do_page_fault and do_entUna; ours never
 * return to the faulting code (the process dies or the kernel panics),
 * so they need no switch_stack.  entInt: no interrupt is ever enabled in
 * the kernel, and the C side says so.
 */
	.macro	trap_entry name, handler
SYM_CODE_START(\name)
	SAVE_ALL
	lda	$8, 0x3fff
	bic	$sp, $8, $8		# $8 = current thread_info
	mov	$sp, $19		# a3 = regs
	lda	$26, ret_from_sys_call
	jsr	$31, \handler
SYM_CODE_END(\name)
	.endm

	trap_entry entInt, do_entInt
	trap_entry entArith, do_entArith
	trap_entry entMM, do_page_fault
	trap_entry entIF, do_entIF
	trap_entry entUna, do_entUna

/*
 * Linux 3.8 entry.S entSys.  v0 = number, a0-a5 = arguments; callsys
 * saved ps, pc, gp and a0-a2 (SAVE_ALL stores a0-a2 again in the trap_a*
 * slots, as Linux).  The result: v0, with a3 = 0 for success, or v0 =
 * errno and a3 = 1.  The number stays in pt_regs.r0 until the result
 * replaces it: $syscall_error reads it to tell an error from a call that
 * zeroed r0 to say "this negative value is not one".
 */
SYM_CODE_START(entSys)
	SAVE_ALL
	lda	$8, 0x3fff
	bic	$sp, $8, $8		# $8 = current thread_info
	lda	$4, NR_SYSCALLS($31)
	stq	$16, SP_OFF+24($sp)
	lda	$5, sys_call_table
	lda	$27, sys_ni_syscall
	cmpult	$0, $4, $4
	stq	$17, SP_OFF+32($sp)
	s8addq	$0, $5, $5
	stq	$18, SP_OFF+40($sp)
	beq	$4, 1f			# out of range: sys_ni_syscall
	ldq	$27, 0($5)
1:	jsr	$26, ($27), 0		# $sp = pt_regs for the callee
	ldgp	$gp, 0($26)
	blt	$0, $syscall_error	/* the call failed */
	stq	$0, 0($sp)
	stq	$31, 72($sp)		/* a3=0 => no error */

/*
 * Linux 3.8 ret_from_sys_call: back to user mode, or to kernel mode
 * where the saved ps says so (the old flow's kernel_thread()).  $26 = 0
 * means a restartable error; there are no signals here to restart for.
 * Linux raises the IPL and checks TI_FLAGS on the way to user mode.
 */
SYM_INNER_LABEL(ret_from_sys_call, SYM_L_GLOBAL)
	cmovne	$26, 0, $18		/* $18 = 0 => non-restartable */
	ldq	$0, SP_OFF($sp)		# the saved ps
	and	$0, 8, $0
	beq	$0, ret_to_kernel
SYM_INNER_LABEL(ret_to_user, SYM_L_GLOBAL)
SYM_INNER_LABEL(restore_all, SYM_L_GLOBAL)
	RESTORE_ALL
	call_pal PAL_rti		# pops the PAL frame; user sp from usp

SYM_INNER_LABEL(ret_to_kernel, SYM_L_GLOBAL)
	br	restore_all

$syscall_error:
	ldq	$18, 0($sp)	/* old syscall nr (zero if success) */
	beq	$18, $ret_success

	ldq	$19, 72($sp)	/* .. and this a3 */
	subq	$31, $0, $0	/* with error in v0 */
	addq	$31, 1, $1	/* set a3 for errno return */
	stq	$0, 0($sp)
	mov	$31, $26	/* tell "ret_from_sys_call" we can restart */
	stq	$1, 72($sp)	/* a3 for return */
	br	ret_from_sys_call

$ret_success:
	stq	$0, 0($sp)
	stq	$31, 72($sp)	/* a3=0 => no error */
	br	ret_from_sys_call
SYM_CODE_END(entSys)

/*
 * Linux 3.8 entry.S do_switch_stack / undo_switch_stack: called with
 * bsr $1, push (pop) r9-r15 and r26 right below the current sp.  Linux
 * also saves f0-f30 and the fpcr in the same 320 bytes; this kernel and
 * its user programs use no FP registers (-mno-fp-regs), so the fp[] half
 * of struct switch_stack is left as it is.
 */
SYM_CODE_START(do_switch_stack)
	lda	$sp, -SWITCH_STACK_SIZE($sp)
	stq	$9, 0($sp)
	stq	$10, 8($sp)
	stq	$11, 16($sp)
	stq	$12, 24($sp)
	stq	$13, 32($sp)
	stq	$14, 40($sp)
	stq	$15, 48($sp)
	stq	$26, 56($sp)
	ret	$31, ($1), 1
SYM_CODE_END(do_switch_stack)

SYM_CODE_START(undo_switch_stack)
	ldq	$9, 0($sp)
	ldq	$10, 8($sp)
	ldq	$11, 16($sp)
	ldq	$12, 24($sp)
	ldq	$13, 32($sp)
	ldq	$14, 40($sp)
	ldq	$15, 48($sp)
	ldq	$26, 56($sp)
	lda	$sp, SWITCH_STACK_SIZE($sp)
	ret	$31, ($1), 1
SYM_CODE_END(undo_switch_stack)

/*
 * Linux 3.8 entry.S alpha_switch_to(pcbb, prev): prev's r9-r15/r26 go
 * into a switch_stack on its stack, swpctx stores its sp in its PCB and
 * loads next's sp (and usp, ptbr) from next's; then next's switch_stack
 * comes off, and ret goes to next's r26 -- for a newborn the
 * ret_from_fork or ret_from_kernel_thread that copy_thread() put there.
 * Returns prev ($17) in v0.
 */
SYM_FUNC_START(alpha_switch_to)
	bsr	$1, do_switch_stack
	call_pal PAL_swpctx		# $sp is next's from here on
	lda	$8, 0x3fff
	bsr	$1, undo_switch_stack
	bic	$sp, $8, $8		# $8 = next's thread_info
	mov	$17, $0
	ret
SYM_FUNC_END(alpha_switch_to)
