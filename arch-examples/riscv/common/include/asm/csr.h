/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The machine-mode CSRs this kernel uses, with Linux's names (Linux's
 * arch/riscv/include/asm/csr.h, as built for M-mode: SR_PP is SR_MPP).
 */
#ifndef _REF_ASM_RISCV_CSR_H
#define _REF_ASM_RISCV_CSR_H

/* mstatus */
#define SR_MIE		0x0008	/* interrupts on: never set here */
#define SR_MPP		0x1800	/* mode before the trap: 3 = M, 0 = U */
#define SR_FS		0x6000	/* FPU state: 0 = off, FP is illegal */

/* mcause: the exceptions (the top bit, an interrupt, never happens here) */
#define CAUSE_IRQ_FLAG		(1UL << 63)
#define EXC_INST_MISALIGNED	0
#define EXC_INST_ACCESS		1
#define EXC_INST_ILLEGAL	2
#define EXC_BREAKPOINT		3
#define EXC_LOAD_MISALIGNED	4
#define EXC_LOAD_ACCESS		5
#define EXC_STORE_MISALIGNED	6
#define EXC_STORE_ACCESS	7
#define EXC_SYSCALL		8	/* ecall from U-mode */
#define EXC_SUPERVISOR_SYSCALL	9
#define EXC_MACHINE_SYSCALL	11

/* pmpcfg: one byte per entry */
#define PMP_R		0x01
#define PMP_W		0x02
#define PMP_X		0x04
#define PMP_A_NAPOT	0x18	/* naturally aligned power of two */

/* pmpaddr of a NAPOT region: its base and size (a power of two, >= 8) */
#define PMP_NAPOT(base, size)	(((base) >> 2) | (((size) >> 3) - 1))

#ifndef __ASSEMBLY__
#define csr_read(csr) ({						\
	unsigned long __v;						\
	__asm__ __volatile__ ("csrr %0, " #csr : "=r" (__v) : : "memory"); \
	__v;								\
})

#define csr_write(csr, val) ({						\
	unsigned long __v = (unsigned long)(val);			\
	__asm__ __volatile__ ("csrw " #csr ", %0" : : "rK" (__v) : "memory"); \
})
#endif

#endif
