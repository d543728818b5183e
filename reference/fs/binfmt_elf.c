// SPDX-License-Identifier: GPL-2.0
/*
 * The ELF loader: static executables (ET_EXEC) for this architecture, loaded
 * into the user window, started on a Linux-shaped initial stack.
 *
 * The stack the new image finds (create_elf_tables()), from the top of the
 * window down:
 *
 *	USER_WINDOW_END -> +--------------------------+
 *	                   | execfn: "/init\0"        |
 *	                   | argv and envp strings    |
 *	                   | AT_RANDOM: 16 bytes      |  16-byte aligned
 *	                   | auxv: (type, value) ...  |
 *	                   |       AT_NULL, 0         |
 *	                   | envp[0..envc-1], NULL    |
 *	                   | argv[0..argc-1], NULL    |
 *	         sp     -> | argc                     |  16-byte aligned
 *	                   +--------------------------+
 */
#include <linux/sched.h>
#include <linux/mm.h>
#include <linux/ptrace.h>
#include <linux/binfmts.h>
#include <linux/ramfs.h>
#include <linux/string.h>
#include <linux/errno.h>
#include <linux/elf.h>
#include <linux/auxvec.h>
#include <asm/elf.h>

/* AT_PAGESZ: Linux's ELF_EXEC_PAGESIZE, 4 KiB unless <asm/elf.h> says (alpha: 8 KiB). */
#ifndef ELF_EXEC_PAGESIZE
#define ELF_EXEC_PAGESIZE	4096
#endif

#if ELF_CLASS == ELFCLASS32
typedef Elf32_Ehdr elfhdr;
typedef Elf32_Phdr elf_phdr;
#else
typedef Elf64_Ehdr elfhdr;
typedef Elf64_Phdr elf_phdr;
#endif

#define MAX_PHNUM	16
#define AUXV_ITEMS	11		/* pairs, AT_NULL included */

/* The program header table, or NULL if it lies outside the file. */
static const elf_phdr *elf_phdrs(const struct linux_binprm *bprm,
				 const elfhdr *eh, elf_phdr *buf)
{
	size_t size = (size_t)eh->e_phnum * sizeof(elf_phdr);

	if (eh->e_phnum == 0 || eh->e_phnum > MAX_PHNUM ||
	    eh->e_phoff > bprm->file->size || size > bprm->file->size - eh->e_phoff)
		return NULL;
	/*
	 * Copied out, as Linux kernel_read()s them into a kmalloc()ed buffer:
	 * in the cpio archive a file is only 4-byte aligned, and a
	 * strict-alignment CPU (alpha, sparc64) faults on their 8-byte fields.
	 */
	memcpy(buf, bprm->file->data + eh->e_phoff, size);
	return buf;
}

/* True if segment @ph can be loaded from the file into the window. */
static bool elf_segment_ok(const struct linux_binprm *bprm, const elf_phdr *ph)
{
	unsigned long top = USER_WINDOW_END - USER_STACK_RESERVE;

	return ph->p_filesz <= ph->p_memsz &&
	       ph->p_offset <= bprm->file->size &&
	       ph->p_filesz <= bprm->file->size - ph->p_offset &&
	       ph->p_vaddr >= USER_WINDOW_BASE && ph->p_vaddr < top &&
	       ph->p_memsz <= top - ph->p_vaddr;
}

/*
 * Linux 3.8 fs/binfmt_elf.c load_elf_binary(), its PT_INTERP branch: the
 * path must be a NUL-terminated string inside the file (else -ENOEXEC),
 * and open_exec() of it fails with -ENOENT where there is no such file.
 *
 * Differs from Linux: this kernel loads no interpreter, so a dynamically
 * linked program whose interpreter does exist is -ENOEXEC, not run.
 */
static int elf_interp_error(const struct linux_binprm *bprm, const elf_phdr *ph)
{
	const char *path = (const char *)bprm->file->data + ph->p_offset;

	if (ph->p_filesz < 2 || ph->p_filesz > PATH_MAX ||
	    ph->p_offset > bprm->file->size ||
	    ph->p_filesz > bprm->file->size - ph->p_offset ||
	    path[ph->p_filesz - 1] != '\0')
		return -ENOEXEC;
	return ramfs_lookup(path) ? -ENOEXEC : -ENOENT;
}

/* Deterministic "random" bytes: boots must repeat exactly. */
static void get_random_bytes(unsigned char *buf, int n)
{
	static u32 state = 0x2545F491;

	while (n--) {
		state ^= state << 13;
		state ^= state >> 17;
		state ^= state << 5;
		*buf++ = state;
	}
}

/* Lay out the initial stack (see the top of this file); returns its sp. */
static unsigned long create_elf_tables(const struct linux_binprm *bprm,
				       const elfhdr *eh, unsigned long phdr_addr)
{
	unsigned long p = USER_WINDOW_END, execfn, strings, random;
	size_t items = 1 + bprm->argc + 1 + bprm->envc + 1 + 2 * AUXV_ITEMS;
	const char *s;
	unsigned long *sp, *stack;
	int i;

	p -= strlen(bprm->filename) + 1;
	execfn = p;
	memcpy((void *)execfn, bprm->filename, strlen(bprm->filename) + 1);
	p -= bprm->strings_len;
	strings = p;
	memcpy((void *)strings, bprm->strings, bprm->strings_len);
	random = ALIGN_DOWN(p, 16) - 16;
	get_random_bytes((unsigned char *)random, 16);

	stack = sp = (unsigned long *)ALIGN_DOWN(random - items * sizeof(long), 16);
	*sp++ = bprm->argc;
	s = (const char *)strings;
	for (i = 0; i < bprm->argc; i++, s += strlen(s) + 1)
		*sp++ = (unsigned long)s;
	*sp++ = 0;			/* end of argv */
	for (i = 0; i < bprm->envc; i++, s += strlen(s) + 1)
		*sp++ = (unsigned long)s;
	*sp++ = 0;			/* end of envp */
#define NEW_AUX_ENT(id, val) do { *sp++ = (id); *sp++ = (val); } while (0)
	NEW_AUX_ENT(AT_PHDR, phdr_addr);
	NEW_AUX_ENT(AT_PHENT, sizeof(elf_phdr));
	NEW_AUX_ENT(AT_PHNUM, eh->e_phnum);
	NEW_AUX_ENT(AT_PAGESZ, ELF_EXEC_PAGESIZE);
	NEW_AUX_ENT(AT_ENTRY, eh->e_entry);
	NEW_AUX_ENT(AT_UID, 0);
	NEW_AUX_ENT(AT_EUID, 0);
	NEW_AUX_ENT(AT_GID, 0);
	NEW_AUX_ENT(AT_RANDOM, random);
	NEW_AUX_ENT(AT_EXECFN, execfn);
	NEW_AUX_ENT(AT_NULL, 0);
#undef NEW_AUX_ENT
	BUG_ON(sp - stack > (long)items);
	return (unsigned long)stack;
}

/*
 * Check the file is a static executable for this machine that fits the
 * window (else -ENOEXEC, the old image untouched), then replace the image.
 * Returns 0 with the registers of current set to start the new program.
 */
#ifdef CONFIG_GENERIC_KERNEL_EXECVE
int load_elf_binary(struct linux_binprm *bprm)
#else
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
#endif
{
	const elfhdr *eh = (const elfhdr *)bprm->buf;
	const elf_phdr *phdrs, *ph;
	elf_phdr phdr_buf[MAX_PHNUM];
	unsigned long phdr_addr = 0, sp;
	struct mm_struct *mm;
	int i;

	if (bprm->file->size < sizeof(*eh) ||
	    memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 ||
	    !elf_check_arch(eh) || eh->e_type != ET_EXEC ||
	    eh->e_phentsize != sizeof(elf_phdr))
		return -ENOEXEC;
	phdrs = elf_phdrs(bprm, eh, phdr_buf);
	if (!phdrs)
		return -ENOEXEC;
	for (i = 0, ph = phdrs; i < eh->e_phnum; i++, ph++) {
		if (ph->p_type == PT_INTERP)
			return elf_interp_error(bprm, ph);
		if (ph->p_type != PT_LOAD)
			continue;
		if (!elf_segment_ok(bprm, ph)) {
			printk("exec %s: segment %d outside the user window\n",
			       bprm->filename, i);
			return -ENOEXEC;
		}
		if (eh->e_phoff >= ph->p_offset &&
		    eh->e_phoff < ph->p_offset + ph->p_filesz)
			phdr_addr = ph->p_vaddr + (eh->e_phoff - ph->p_offset);
	}
	mm = mm_alloc();
	if (!mm)
		return -ENOMEM;

	flush_old_exec(bprm, mm);	/* no way back from here */

	for (i = 0, ph = phdrs; i < eh->e_phnum; i++, ph++)
		if (ph->p_type == PT_LOAD)
			memcpy((void *)ph->p_vaddr,
			       bprm->file->data + ph->p_offset, ph->p_filesz);
	sp = create_elf_tables(bprm, eh, phdr_addr);
#ifdef CONFIG_GENERIC_KERNEL_EXECVE
	start_thread(current_pt_regs(), eh->e_entry, sp);
#else
	start_thread(regs, eh->e_entry, sp);
#endif
	return 0;
}
