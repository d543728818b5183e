// SPDX-License-Identifier: GPL-2.0
/*
 * ppc64 hash MMU set-up on a PAPR guest (Linux 3.8 arch/powerpc/mm/hash_utils_64.c
 * htab_initialize() / hash_native or pSeries_lpar_hpte_insert(), and
 * slb.c's bolted entries), reduced to what this kernel needs: one 256 MiB
 * segment (ESID 0, VSID KERNEL_VSID) and a 4 KiB page table entry for
 * every page it maps, effective = real address.  The hypervisor owns the
 * hash table: entries go in with the H_ENTER hypercall.  The SLB entry
 * has Ks = 0, Kp = 1, so PP = 00 is supervisor read/write and no user
 * access, PP = 10 read/write for both.
 */
#include <linux/init.h>
#include <linux/kernel.h>
#include <asm/memory.h>

#define H_ENTER			0x08
#define KERNEL_VSID		0x5a5a5UL	/* any value; one segment */
#define SLB_ESID_V		0x08000000UL
#define SLB_VSID_SHIFT		12
#define SLB_VSID_KP		0x400UL
#define HPTE_V_VALID		0x1UL
#define HPTE_R_M		0x10UL		/* coherent: RAM must be WIMG 0010 */
#define HPTE_R_PP_KERNEL	0x0UL
#define HPTE_R_PP_USER		0x2UL
/*
 * The hash table QEMU gives -m 256M: 2^21 bytes ("ibm,pft-size" 21),
 * 16384 groups of 8 entries.  H_ENTER picks a free slot in the group.
 */
#define HTAB_HASH_MASK		((1UL << (21 - 7)) - 1)

void hash_init(void);

static long plpar_hcall_enter(unsigned long pteh, unsigned long ptel, unsigned long ptex)
{
	register unsigned long r3 asm("r3") = H_ENTER;
	register unsigned long r4 asm("r4") = 0;	/* flags: any slot */
	register unsigned long r5 asm("r5") = ptex;
	register unsigned long r6 asm("r6") = pteh;
	register unsigned long r7 asm("r7") = ptel;

	/* sc 1: a hypercall; it clobbers the volatile registers. */
	asm volatile("sc 1"
		     : "+r" (r3), "+r" (r4), "+r" (r5), "+r" (r6), "+r" (r7)
		     :
		     : "r0", "r8", "r9", "r10", "r11", "r12", "ctr", "xer",
		       "cr0", "cr1", "cr5", "cr6", "cr7", "memory");
	return r3;
}

/* One 4 KiB page, ea = ra, in the primary group its hash selects. */
static void map_page(unsigned long ea, unsigned long pp)
{
	unsigned long va = (KERNEL_VSID << 28) | (ea & 0x0fffffffUL);
	unsigned long hash = (KERNEL_VSID ^ ((ea & 0x0fffffffUL) >> 12)) & HTAB_HASH_MASK;
	unsigned long v = ((va >> 23) << 7) | HPTE_V_VALID;
	unsigned long r = (ea & ~0xfffUL) | HPTE_R_M | pp;

	if (plpar_hcall_enter(v, r, hash * 8))
		for (;;)
			;	/* no console yet to say so: hang before any test */
}

/*
 * Called by head_64.S in real mode: the kernel's pages, then the user
 * window's, then the SLB entry.  Translation goes on after it returns.
 */
void hash_init(void)
{
	unsigned long ea;

	for (ea = 0; ea < KERNEL_MAP_SIZE; ea += 0x1000)
		map_page(ea, HPTE_R_PP_KERNEL);
	for (ea = USER_WINDOW_BASE; ea < USER_WINDOW_BASE + USER_WINDOW_SIZE; ea += 0x1000)
		map_page(ea, HPTE_R_PP_USER);
	asm volatile("slbia\n\t"
		     "slbmte %0,%1\n\t"
		     "isync"
		     : : "r" ((KERNEL_VSID << SLB_VSID_SHIFT) | SLB_VSID_KP),
			 "r" (0UL | SLB_ESID_V | 0)
		     : "memory");
}
