/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The lowcore: the first 8 KiB of (prefixed) storage, where the CPU
 * stores the old PSW and the interruption code of every interruption and
 * loads the new PSW from.  The fields the entry code uses, at Linux 3.8's
 * offsets (arch/s390/include/asm/lowcore.h, 64-bit).  The software part
 * from 0x200 on is Linux's too: a save area for the entry code, the PSW
 * that the exit paths load, and the running task's pointers, which
 * __switch_to keeps up to date.
 */
#ifndef _REF_ASM_S390_LOWCORE_H
#define _REF_ASM_S390_LOWCORE_H

#ifndef __ASSEMBLY__
#include <linux/types.h>
#include <asm/ptrace.h>

struct _lowcore {
	__u8	pad_0x0000[0x0088 - 0x0000];
	__u16	svc_ilc;			/* 0x0088 */
	__u16	svc_code;			/* 0x008a */
	__u16	pgm_ilc;			/* 0x008c */
	__u16	pgm_code;			/* 0x008e */
	__u8	pad_0x0090[0x00a8 - 0x0090];
	__u64	trans_exc_code;			/* 0x00a8 */
	__u8	pad_0x00b0[0x0120 - 0x00b0];
	psw_t	restart_old_psw;		/* 0x0120 */
	psw_t	external_old_psw;		/* 0x0130 */
	psw_t	svc_old_psw;			/* 0x0140 */
	psw_t	program_old_psw;		/* 0x0150 */
	psw_t	mcck_old_psw;			/* 0x0160 */
	psw_t	io_old_psw;			/* 0x0170 */
	__u8	pad_0x0180[0x01a0 - 0x0180];
	psw_t	restart_psw;			/* 0x01a0 */
	psw_t	external_new_psw;		/* 0x01b0 */
	psw_t	svc_new_psw;			/* 0x01c0 */
	psw_t	program_new_psw;		/* 0x01d0 */
	psw_t	mcck_new_psw;			/* 0x01e0 */
	psw_t	io_new_psw;			/* 0x01f0 */
	__u64	save_area_sync[8];		/* 0x0200: r8-r15 at entry */
	__u8	pad_0x0240[0x0290 - 0x0240];
	psw_t	return_psw;			/* 0x0290: lpswe'd on exit */
	__u8	pad_0x02a0[0x0310 - 0x02a0];
	__u64	current_task;			/* 0x0310 */
	__u64	thread_info;			/* 0x0318 */
	__u64	kernel_stack;			/* 0x0320: top of its stack */
} __attribute__((aligned(8192)));

/* At real address 0: the prefix register is never changed. */
#define S390_lowcore	(*((struct _lowcore *)0))
#endif

#endif
