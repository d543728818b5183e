// SPDX-License-Identifier: GPL-2.0
/*
 * The IDT and the fault handler (Linux: arch/x86/kernel/traps.c).
 *
 * A fault from user mode is that process's fault: it dies with the signal
 * Linux sends for the vector (no handlers here, so the default action is
 * taken at once).  From the kernel it is a bug: panic.  Interrupts are
 * never enabled, so vectors 32 and up stay empty, but for i386's int $0x80.
 */
#include <linux/sched.h>
#include <asm/desc.h>
#include <asm/signal.h>

#define X86_TRAP_PF	14
#define GATE_INTERRUPT	0xe	/* clears IF on entry */
#define GATE_TRAP	0xf	/* leaves IF alone */

void do_trap(struct pt_regs *regs, unsigned long trapnr);

/* The vector stubs of entry_*.S, and i386's syscall gate. */
extern const unsigned long trap_entries[32];
#ifdef CONFIG_X86_32
void system_call(void);
#endif

/* Vector -> name and the signal Linux 3.x sends a user task (0: panic). */
static const struct {
	const char *name;
	int sig;
} traps[32] = {
	[0]  = { "divide error", SIGFPE },
	[1]  = { "debug", SIGTRAP },
	[2]  = { "NMI", 0 },
	[3]  = { "int3", SIGTRAP },
	[4]  = { "overflow", SIGSEGV },
	[5]  = { "bounds", SIGSEGV },
	[6]  = { "invalid opcode", SIGILL },
	[7]  = { "device not available", 0 },	/* CR0.TS is never set */
	[8]  = { "double fault", 0 },
	[9]  = { "coprocessor segment overrun", SIGFPE },
	[10] = { "invalid TSS", SIGSEGV },
	[11] = { "segment not present", SIGBUS },
	[12] = { "stack segment", SIGBUS },
	[13] = { "general protection", SIGSEGV },
	[14] = { "page fault", SIGSEGV },
	[16] = { "coprocessor error", SIGFPE },
	[17] = { "alignment check", SIGBUS },
	[18] = { "machine check", 0 },
	[19] = { "SIMD exception", SIGFPE },
};

#ifdef CONFIG_X86_32
struct gate_desc {
	u16 offset_low, segment;
	u8 zero, type_attr;		/* P, DPL, type */
	u16 offset_middle;
};
#else
struct gate_desc {
	u16 offset_low, segment;
	u8 ist, type_attr;
	u16 offset_middle;
	u32 offset_high, zero;
};
#endif

static struct gate_desc idt_table[256] __aligned(16);

static void set_gate(int n, unsigned int type, unsigned int dpl, void *addr)
{
	unsigned long a = (unsigned long)addr;

	idt_table[n] = (struct gate_desc) {
		.offset_low = a & 0xffff,
		.segment = __KERNEL_CS,
		.type_attr = 0x80 | dpl << 5 | type,
		.offset_middle = (a >> 16) & 0xffff,
#ifdef CONFIG_X86_64
		.offset_high = a >> 32,
#endif
	};
}

/*
 * Fill and load the IDT.  As in Linux, int3 and into may be raised from
 * user mode (DPL 3, "system gates"), and so may int $0x80 on i386.
 */
void trap_init(void)
{
	struct {
		u16 limit;
		unsigned long base;
	} __attribute__((packed)) idt_descr = {
		sizeof(idt_table) - 1, (unsigned long)idt_table
	};
	int i;

	for (i = 0; i < 32; i++)
		set_gate(i, GATE_INTERRUPT, i == 3 || i == 4 ? 3 : 0,
			 (void *)trap_entries[i]);
#ifdef CONFIG_X86_32
	set_gate(0x80, GATE_TRAP, 3, system_call);
#endif
	asm volatile("lidt %0" : : "m" (idt_descr));
}

static inline unsigned long read_cr2(void)
{
	unsigned long cr2;

	asm volatile("mov %%cr2, %0" : "=r" (cr2));
	return cr2;
}

/*
 * Every exception vector ends here (entry_*.S), with the registers of the
 * faulting code in @regs and the error code in regs->orig_ax.  Does not
 * return.
 */
void do_trap(struct pt_regs *regs, unsigned long trapnr)
{
	const char *name = traps[trapnr].name ? traps[trapnr].name : "reserved";
	unsigned long error_code = regs->orig_ax;
	unsigned long address = trapnr == X86_TRAP_PF ? read_cr2() : 0;

	if (user_mode(regs) && traps[trapnr].sig) {
		printk("%s[%d]: %s ip %lx sp %lx error %lx address %lx\n",
		       current->comm, current->pid, name, regs->ip, regs->sp,
		       error_code, address);
		force_fatal_sig(traps[trapnr].sig);
	}
	panic("Oops: %s (vector %lu) at ip %lx, error %lx, address %lx",
	      name, trapnr, regs->ip, error_code, address);
}
