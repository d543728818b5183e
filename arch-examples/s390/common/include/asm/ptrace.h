/* SPDX-License-Identifier: GPL-2.0 */
/*
 * struct pt_regs for s390, as Linux 3.6-3.8 arch/s390/include/asm/ptrace.h:
 * what the entry code saves on the kernel stack, right above a 160-byte
 * C stack frame (STACK_FRAME_OVERHEAD), whose first word is the back
 * chain.  psw_t, NUM_GPRS and the PSW_MASK_* bits come from the UAPI
 * header.
 */
#ifndef _REF_ASM_S390_PTRACE_H
#define _REF_ASM_S390_PTRACE_H

#include_next <asm/ptrace.h>

/*
 * The PSW masks of this kernel.  Linux's psw_kernel_bits add DAT (home
 * space), the default key and I/O, external and machine-check interrupts;
 * here the kernel runs with DAT off and every interruption class but SVC
 * and program checks disabled.  Linux's psw_user_bits add the same
 * interrupts to DAT, problem state and the primary space; start_thread()
 * then adds 64-bit addressing, as here.
 */
#define PSW_KERNEL_BITS	(PSW_MASK_EA | PSW_MASK_BA)
#define PSW_USER_BITS	(PSW_MASK_DAT | PSW_MASK_PSTATE)

#ifndef __ASSEMBLY__
struct pt_regs {
	unsigned long args[1];		/* the 6th syscall argument (r7) */
	psw_t psw;			/* where and in which mode it trapped */
	unsigned long gprs[NUM_GPRS];
	unsigned long orig_gpr2;	/* r2 before the result replaced it */
	unsigned int int_code;		/* ilc << 16 | svc or program code */
	unsigned long int_parm_long;	/* translation-exception address */
};

/*
 * The C stack frame (Linux's <asm/processor.h>, without -mpacked-stack):
 * a callee saves r6-r15 in gprs[] of the frame its caller built.
 */
struct stack_frame {
	unsigned long back_chain;
	unsigned long empty1[5];
	unsigned long gprs[10];		/* r6 ... r15 */
	unsigned int  empty2[8];
};

#define user_mode(regs)		(((regs)->psw.mask & PSW_MASK_PSTATE) != 0)
#define instruction_pointer(regs) ((regs)->psw.addr)
#endif

#endif
