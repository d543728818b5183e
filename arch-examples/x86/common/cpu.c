// SPDX-License-Identifier: GPL-2.0
/*
 * The segments and the task state segment (Linux: arch/x86/kernel/cpu/
 * common.c), and on x86_64 the MSRs of the syscall instruction.
 *
 * Every segment is flat: protection is the privilege level of the code
 * segment plus the page tables (paging_*.c).  head_*.S loads this GDT
 * before any C runs; cpu_init() adds the TSS, whose only job is sp0, the
 * stack a trap from user mode switches to.
 */
#include <linux/sched.h>
#include <asm/desc.h>
#include <asm/processor.h>
#include <asm/msr-index.h>

/* Linux's GDT_ENTRY(): flags are the access byte and the G/D/L nibble. */
#define GDT_ENTRY(flags, base, limit)				\
	((((base) & 0xff000000ULL) << (56 - 24)) |		\
	 (((flags) & 0x0000f0ffULL) << 40) |			\
	 (((limit) & 0x000f0000ULL) << (48 - 16)) |		\
	 (((base) & 0x00ffffffULL) << 16) |			\
	 (((limit) & 0x0000ffffULL)))

u64 gdt_table[GDT_ENTRIES] __aligned(16) = {
#ifdef CONFIG_X86_32
	[GDT_ENTRY_KERNEL_CS]		= GDT_ENTRY(0xc09b, 0, 0xfffff),
	[GDT_ENTRY_KERNEL_DS]		= GDT_ENTRY(0xc093, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_CS]	= GDT_ENTRY(0xc0fb, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_DS]	= GDT_ENTRY(0xc0f3, 0, 0xfffff),
#else
	[GDT_ENTRY_KERNEL_CS]		= GDT_ENTRY(0xa09b, 0, 0xfffff),
	[GDT_ENTRY_KERNEL_DS]		= GDT_ENTRY(0xc093, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER32_CS]	= GDT_ENTRY(0xc0fb, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_DS]	= GDT_ENTRY(0xc0f3, 0, 0xfffff),
	[GDT_ENTRY_DEFAULT_USER_CS]	= GDT_ENTRY(0xa0fb, 0, 0xfffff),
#endif
};

struct tss_struct init_tss __aligned(16);

#ifdef CONFIG_X86_64
/* The syscall entry's stack switch (entry_64.S); Linux keeps them per CPU. */
unsigned long kernel_stack;	/* current's stack top: thread.sp0 */
unsigned long old_rsp;		/* the user rsp, until it is in pt_regs */

void system_call(void);

static inline u64 rdmsr(u32 msr)
{
	u32 lo, hi;

	asm volatile("rdmsr" : "=a" (lo), "=d" (hi) : "c" (msr));
	return ((u64)hi << 32) | lo;
}

static inline void wrmsr(u32 msr, u64 val)
{
	asm volatile("wrmsr" : : "c" (msr), "a" ((u32)val),
		     "d" ((u32)(val >> 32)));
}

/* Linux's syscall_init(): syscall enters at system_call, interrupts off. */
static void syscall_init(void)
{
	wrmsr(MSR_EFER, rdmsr(MSR_EFER) | (1 << _EFER_SCE));
	wrmsr(MSR_STAR, ((u64)__USER32_CS << 48) | ((u64)__KERNEL_CS << 32));
	wrmsr(MSR_LSTAR, (unsigned long)system_call);
	wrmsr(MSR_SYSCALL_MASK, X86_EFLAGS_TF | X86_EFLAGS_DF | X86_EFLAGS_IF |
				X86_EFLAGS_IOPL | X86_EFLAGS_AC);
}
#endif

/*
 * Put the TSS in the GDT (type 9: available TSS; on x86_64 a 16-byte
 * descriptor whose second half is the base's upper 32 bits) and load TR.
 * The I/O bitmap offset points past the TSS: user in/out always faults.
 */
void cpu_init(void)
{
	unsigned long base = (unsigned long)&init_tss;

	init_tss.io_bitmap_base = sizeof(init_tss);
#ifdef CONFIG_X86_32
	init_tss.ss0 = __KERNEL_DS;
#endif
	gdt_table[GDT_ENTRY_TSS] = GDT_ENTRY(0x0089, (u64)base & 0xffffffff,
					     sizeof(init_tss) - 1);
#ifdef CONFIG_X86_64
	gdt_table[GDT_ENTRY_TSS + 1] = (u64)base >> 32;
	syscall_init();
#endif
	asm volatile("ltr %w0" : : "r" (__TSS_SEL));
}
