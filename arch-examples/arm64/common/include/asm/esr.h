/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ESR_EL1, the syndrome of a synchronous exception: its class (EC) says
 * what happened (Linux 3.8 arch/arm64/include/asm/esr.h; the ARM ARM).
 */
#ifndef _REF_ASM_ARM64_ESR_H
#define _REF_ASM_ARM64_ESR_H

#define ESR_EL1_EC_SHIFT	26
#define ESR_EL1_EC_UNKNOWN	0x00	/* undefined instruction */
#define ESR_EL1_EC_FP_ASIMD	0x07	/* FP/SIMD access, trapped by CPACR */
#define ESR_EL1_EC_SVC64	0x15	/* svc from AArch64 */
#define ESR_EL1_EC_IABT_EL0	0x20	/* instruction abort from EL0 */
#define ESR_EL1_EC_IABT_EL1	0x21
#define ESR_EL1_EC_DABT_EL0	0x24	/* data abort from EL0 */
#define ESR_EL1_EC_DABT_EL1	0x25

#endif
