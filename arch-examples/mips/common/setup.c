// SPDX-License-Identifier: GPL-2.0
/*
 * mips: what start_kernel() needs from the architecture -- the exception
 * vectors, the TLB with its one wired entry for the user window -- and the
 * exits.
 */
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/reboot.h>
#include <linux/string.h>
#include <asm/mipsregs.h>

extern char _end[];
extern const char except_vec_stub[];
extern const unsigned int except_vec_stub_size;

_Static_assert(USER_WINDOW_SIZE == 256 * 1024 &&
	       (USER_WINDOW_BASE & (2 * USER_WINDOW_SIZE - 1)) == 0 &&
	       (USER_WINDOW_PHYS & (USER_WINDOW_SIZE - 1)) == 0,
	       "the user window must be the even page of one 256 KiB TLB pair");

/* Linux's UNIQUE_ENTRYHI(): a KSEG0 address, which never matches a lookup. */
#define UNIQUE_ENTRYHI(idx)	(KSEG0 + ((idx) << 13))

/*
 * Linux 3.8 arch/mips/mm/tlb-r4k.c local_flush_tlb_all(), then one wired
 * entry (add_wired_entry()): every entry gets a distinct unmatchable VPN,
 * then entry 0, wired so that no tlbwr could replace it, maps the window:
 * its even 256 KiB page to USER_WINDOW_PHYS, global (no ASID), writable,
 * uncached -- the kernel copies programs into the window and the CPU runs
 * them with no cache maintenance between.  The odd page is invalid: a
 * user access there, below the window or anywhere else in kuseg faults.
 */
static void tlb_init(void)
{
	unsigned int entries = ((read_c0_config1() >> 25) & 0x3f) + 1;
	unsigned int i;

	write_c0_pagemask(0);
	write_c0_entrylo0(0);
	write_c0_entrylo1(0);
	for (i = 0; i < entries; i++) {
		write_c0_index(i);
		write_c0_entryhi(UNIQUE_ENTRYHI(i));
		tlb_write_indexed();
	}
	write_c0_wired(1);
	write_c0_index(0);
	write_c0_pagemask(PM_256K);
	write_c0_entryhi(USER_WINDOW_BASE);
	write_c0_entrylo0((USER_WINDOW_PHYS >> 12) << ENTRYLO_PFN_SHIFT |
			  _CACHE_UNCACHED | ENTRYLO_D | ENTRYLO_V | ENTRYLO_G);
	write_c0_entrylo1(ENTRYLO_G);
	tlb_write_indexed();
	write_c0_pagemask(0);
}

/*
 * Linux 3.8 arch/mips/kernel/traps.c trap_init()'s part: the stub that
 * jumps to handle_exception goes to the TLB refill vector and the general
 * exception vector at the bottom of KSEG0 (Status.BEV is clear since
 * head.S).  Written through KSEG1, so no cache line holds an old copy.
 */
void setup_arch(void)
{
	BUG_ON((unsigned long)_end - KSEG0 > USER_WINDOW_PHYS);
	memcpy((void *)(KSEG1 + 0x000), except_vec_stub, except_vec_stub_size);
	memcpy((void *)(KSEG1 + 0x180), except_vec_stub, except_vec_stub_size);
	tlb_init();
}

/*
 * QEMU's MIPS UHI semihosting: operation in $25 (UHI_exit = 1), the exit
 * status in a0, then sdbbp 1.  QEMU exits with that status at once.
 * (Linux's malta power-off writes the PIIX4's ACPI registers instead.)
 */
static void __noreturn uhi_exit(int status)
{
	register unsigned long op __asm__("$25") = 1;	/* UHI_exit */
	register unsigned long a0 __asm__("$4") = status;

	__asm__ __volatile__("sdbbp 1" : : "r"(op), "r"(a0) : "memory");
	for (;;)
		;
}

void machine_power_off(void)
{
	uhi_exit(0);
}

void machine_halt(void)
{
	uhi_exit(1);
}
