/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The coprocessor 0 registers and bits this kernel uses, with Linux's names
 * (arch/mips/include/asm/mipsregs.h).
 */
#ifndef _REF_ASM_MIPS_MIPSREGS_H
#define _REF_ASM_MIPS_MIPSREGS_H

#define CP0_INDEX	$0
#define CP0_ENTRYLO0	$2
#define CP0_ENTRYLO1	$3
#define CP0_PAGEMASK	$5
#define CP0_WIRED	$6
#define CP0_BADVADDR	$8
#define CP0_ENTRYHI	$10
#define CP0_STATUS	$12
#define CP0_CAUSE	$13
#define CP0_EPC		$14
#define CP0_CONFIG	$16

/* Status */
#define ST0_IE		0x00000001
#define ST0_EXL		0x00000002	/* exception level: kernel mode, EPC frozen */
#define ST0_ERL		0x00000004
#define ST0_KSU		0x00000018
#define KSU_USER	0x00000010
#define STATMASK	0x0000001f	/* IE, EXL, ERL, KSU */
#define ST0_BEV		0x00400000	/* boot exception vectors */
#define ST0_CU0		0x10000000	/* set in the kernel, clear in user mode */
#define ST0_CU1		0x20000000
#define ST0_CU2		0x40000000

/* Cause */
#define CAUSEB_EXCCODE	2
#define CAUSEF_EXCCODE	(31 << CAUSEB_EXCCODE)
#define CAUSEF_BD	0x80000000	/* the exception was in a delay slot */

/* Cause.ExcCode */
#define EXCCODE_INT	0
#define EXCCODE_MOD	1
#define EXCCODE_TLBL	2
#define EXCCODE_TLBS	3
#define EXCCODE_ADEL	4
#define EXCCODE_ADES	5
#define EXCCODE_IBE	6
#define EXCCODE_DBE	7
#define EXCCODE_SYS	8
#define EXCCODE_BP	9
#define EXCCODE_RI	10
#define EXCCODE_CPU	11
#define EXCCODE_OV	12
#define EXCCODE_TR	13

/* EntryLo: PFN at bit 6, cache attribute C, dirty (writable), valid, global */
#define ENTRYLO_PFN_SHIFT	6
#define _CACHE_UNCACHED		(2 << 3)
#define ENTRYLO_D		0x4
#define ENTRYLO_V		0x2
#define ENTRYLO_G		0x1
#define PM_256K			0x0007e000

#ifndef __ASSEMBLY__
#define __read_32bit_c0_register(reg)					\
({ unsigned int __v;							\
	__asm__ __volatile__("mfc0\t%0, $" #reg : "=r"(__v));		\
	__v; })
#define __write_32bit_c0_register(reg, val)				\
	__asm__ __volatile__("mtc0\t%z0, $" #reg "\n\tehb" : : "Jr"((unsigned int)(val)) : "memory")

#define read_c0_status()	__read_32bit_c0_register(12)
#define write_c0_status(v)	__write_32bit_c0_register(12, v)
#define write_c0_index(v)	__write_32bit_c0_register(0, v)
#define write_c0_entrylo0(v)	__write_32bit_c0_register(2, v)
#define write_c0_entrylo1(v)	__write_32bit_c0_register(3, v)
#define write_c0_pagemask(v)	__write_32bit_c0_register(5, v)
#define write_c0_wired(v)	__write_32bit_c0_register(6, v)
#define write_c0_entryhi(v)	__write_32bit_c0_register(10, v)
#define read_c0_config1()	({ unsigned int __v;			\
	__asm__ __volatile__("mfc0\t%0, $16, 1" : "=r"(__v)); __v; })
#define tlb_write_indexed()	__asm__ __volatile__("tlbwi\n\tehb" : : : "memory")
#endif

#endif
