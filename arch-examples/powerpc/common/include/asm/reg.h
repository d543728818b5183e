/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Machine state register bits and special purpose registers (Linux 3.8
 * arch/powerpc/include/asm/reg.h and reg_booke.h), the ones used here.
 */
#ifndef _REF_ASM_POWERPC_REG_H
#define _REF_ASM_POWERPC_REG_H

#define MSR_SF		(1UL << 63)	/* 64-bit mode (ppc64) */
#define MSR_EE		(1UL << 15)	/* external interrupts */
#define MSR_PR		(1UL << 14)	/* problem state: user mode */
#define MSR_FP		(1UL << 13)	/* floating point available */
#define MSR_ME		(1UL << 12)	/* machine check enable */
#define MSR_IR		(1UL << 5)	/* instruction relocation (ppc64) */
#define MSR_DR		(1UL << 4)	/* data relocation (ppc64) */
#define MSR_RI		(1UL << 1)	/* recoverable interrupt (ppc64) */

/*
 * The MSR of the kernel and of user mode.  Linux's also have EE (and on
 * ppc32 Book E CE, DE); this kernel never enables an interrupt.
 */
#ifdef CONFIG_PPC64
#define MSR_KERNEL	(MSR_SF | MSR_ME | MSR_RI | MSR_IR | MSR_DR)
#else
#define MSR_KERNEL	(MSR_ME)
#endif
#define MSR_USER	(MSR_KERNEL | MSR_PR)

/* SPRs common to both */
#define SPRN_XER	1
#define SPRN_LR		8
#define SPRN_CTR	9
#define SPRN_DEC	22
#define SPRN_SRR0	26
#define SPRN_SRR1	27
#define SPRN_SPRG0	272
#define SPRN_SPRG1	273
#define SPRN_SPRG2	274
#define SPRN_SPRG3	275

/* Book E (e500) */
#define SPRN_PID	48
#define SPRN_DEAR	61
#define SPRN_ESR	62
#define SPRN_IVPR	63
#define SPRN_TCR	340
#define SPRN_IVOR0	400
#define SPRN_IVOR1	401
#define SPRN_IVOR2	402
#define SPRN_IVOR3	403
#define SPRN_IVOR4	404
#define SPRN_IVOR5	405
#define SPRN_IVOR6	406
#define SPRN_IVOR7	407
#define SPRN_IVOR8	408
#define SPRN_IVOR9	409
#define SPRN_IVOR10	410
#define SPRN_IVOR11	411
#define SPRN_IVOR12	412
#define SPRN_IVOR13	413
#define SPRN_IVOR14	414
#define SPRN_IVOR15	415
#define SPRN_IVOR32	528
#define SPRN_IVOR33	529
#define SPRN_IVOR34	530
#define SPRN_IVOR35	531
#define SPRN_MAS0	624
#define SPRN_MAS1	625
#define SPRN_MAS2	626
#define SPRN_MAS3	627
#define SPRN_MAS7	944

/* Book E ESR bits for a program interrupt (reg_booke.h) */
#define ESR_PIL		0x08000000	/* illegal instruction */
#define ESR_PPR		0x04000000	/* privileged instruction */
#define ESR_PTR		0x02000000	/* trap (tw, twi) */

/* Book III-S (ppc64) */
#define SPRN_DAR	19
#define SPRN_DSISR	18
#define SPRN_SDR1	25
#define SPRN_HSRR0	314
#define SPRN_HSRR1	315
#define SPRN_SPRG_PACA		SPRN_SPRG1	/* Linux 3.8 reg.h, Book III-S 64 */
#define SPRN_SPRG_SCRATCH0	SPRN_SPRG2

#endif
