/* SPDX-License-Identifier: GPL-2.0 */
/* The IDT vectors this kernel uses (Linux: asm/irq_vectors.h, traps.h). */
#ifndef _REF_ASM_X86_IRQ_VECTORS_H
#define _REF_ASM_X86_IRQ_VECTORS_H

/* The CPU's exceptions, 0-31, for .irp in entry_*.S. */
#define EXCEPTION_VECTORS \
	0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, \
	16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31

/* Those for which the CPU pushes an error code (as a gas expression). */
#define HAS_ERROR_CODE(nr) \
	((nr) == 8 || ((nr) >= 10 && (nr) <= 14) || (nr) == 17)

#define IA32_SYSCALL_VECTOR	0x80	/* int $0x80 */

#endif
