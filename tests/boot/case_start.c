// SPDX-License-Identifier: GPL-2.0
/*
 * Cases on what the kernel handed to /init: its pid and parent, and the
 * initial stack that create_elf_tables() built (argv, envp, auxv).
 */
#include "boot.h"
#include "cases.h"
#include "lib.h"
#include "proc.h"
#include "sys.h"

/*
 * 4 KiB pages on both kernels, unless the arch says otherwise in arch.h
 * (ARCH_PAGE_SIZE: alpha's pages are 8 KiB, on Linux and here).
 */
#ifdef ARCH_PAGE_SIZE
#define EXPECTED_PAGE_SIZE	ARCH_PAGE_SIZE
#else
#define EXPECTED_PAGE_SIZE	4096
#endif

/*
 * The kernel execs "/init"; the oracle runs "./init".  The pid cases key
 * on the name rather than on the pid, so that an init with the wrong pid
 * on the reference kernel fails instead of skipping.
 */
static bool started_by_kernel(void)
{
	return str_eq(boot_info.argv[0], "/init");
}

/* kernel_init() became /init with kernel_execve(): it is still pid 1. */
enum case_result init_is_pid_1(void)
{
	if (!started_by_kernel())
		return case_skip(SKIP_NOT_PID_1);
	return pass_if(expect_eq("getpid", sys_getpid(), 1));
}

/* pid 1 has no parent: getppid() is 0. */
enum case_result init_ppid_is_0(void)
{
	if (!started_by_kernel())
		return case_skip(SKIP_NOT_PID_1);
	return pass_if(expect_eq("getppid", sys_getppid(), 0));
}

/* argv is {"/init", NULL} (the oracle: {"./init", NULL}). */
enum case_result argv_from_kernel(void)
{
	bool ok = expect_eq("argc", boot_info.argc, 1);

	ok &= expect_true("argv[0] does not end in \"init\"",
			  boot_info.argv[0] &&
			  str_ends_with(boot_info.argv[0], "init"));
	ok &= expect_eq("argv[argc]", (long)boot_info.argv[boot_info.argc], 0);
	return pass_if(ok);
}

/* True if envp holds the string @want. */
static bool envp_has(const char *want)
{
	char **env;

	for (env = boot_info.envp; *env; env++)
		if (str_eq(*env, want))
			return true;
	return false;
}

/* envp carries init/main.c's envp_init[]: HOME=/ and TERM=linux. */
enum case_result envp_from_kernel(void)
{
	bool ok = expect_true("envp lacks HOME=/", envp_has("HOME=/"));

	ok &= expect_true("envp lacks TERM=linux", envp_has("TERM=linux"));
	return pass_if(ok);
}

/* AT_PAGESZ is present and right. */
enum case_result auxv_pagesz(void)
{
	unsigned long pagesz = 0;

	if (!expect_true("no AT_PAGESZ", auxv_get(AT_PAGESZ, &pagesz)))
		return CASE_FAIL;
	return pass_if(expect_eq("AT_PAGESZ", pagesz, EXPECTED_PAGE_SIZE));
}

/* AT_ENTRY is the ELF entry, which is _start. */
enum case_result auxv_entry(void)
{
	unsigned long entry = 0;

	if (!expect_true("no AT_ENTRY", auxv_get(AT_ENTRY, &entry)))
		return CASE_FAIL;
	return pass_if(expect_eq("AT_ENTRY", entry, (unsigned long)_start));
}

/* True if the PT_LOAD @ph covers [@start, @start + @size). */
static bool load_covers(const elf_phdr *ph, unsigned long start,
			unsigned long size)
{
	return ph->p_type == PT_LOAD && start >= ph->p_vaddr &&
	       start + size <= ph->p_vaddr + ph->p_memsz;
}

/*
 * AT_PHDR, AT_PHENT and AT_PHNUM describe this image: entries of our ELF
 * class, at least one PT_LOAD, one loaded segment holding the program
 * headers themselves and an executable one holding _start.
 */
enum case_result auxv_phdr(void)
{
	unsigned long phdr = 0, phent = 0, phnum = 0, i;
	const elf_phdr *ph;
	bool has_load = false, phdr_loaded = false, start_loaded = false;
	bool ok;

	ok = expect_true("no AT_PHDR", auxv_get(AT_PHDR, &phdr));
	ok &= expect_true("no AT_PHENT", auxv_get(AT_PHENT, &phent));
	ok &= expect_true("no AT_PHNUM", auxv_get(AT_PHNUM, &phnum));
	if (!ok)
		return CASE_FAIL;
	ok = expect_eq("AT_PHENT", phent, sizeof(elf_phdr));
	ok &= expect_true("AT_PHNUM is not between 1 and 64",
			  phnum >= 1 && phnum <= 64);
	ok &= expect_true("AT_PHDR is NULL", phdr != 0);
	if (!ok)
		return CASE_FAIL;

	ph = (const elf_phdr *)phdr;
	for (i = 0; i < phnum; i++) {
		has_load |= ph[i].p_type == PT_LOAD;
		phdr_loaded |= load_covers(&ph[i], phdr, phnum * phent);
		start_loaded |= load_covers(&ph[i], arch_func_entry(_start), 4) &&
				(ph[i].p_flags & PF_X);
	}
	ok = expect_true("no PT_LOAD at AT_PHDR", has_load);
	ok &= expect_true("no PT_LOAD covers the program headers", phdr_loaded);
	ok &= expect_true("no executable PT_LOAD covers _start", start_loaded);
	return pass_if(ok);
}

/* Child of auxv_random: read the 16 bytes; a bad pointer kills it. */
static int read_at_random(void)
{
	unsigned long random = 0;
	const volatile unsigned char *bytes;
	int i;

	auxv_get(AT_RANDOM, &random);
	bytes = (const volatile unsigned char *)random;
	for (i = 0; i < 16; i++)
		(void)bytes[i];		/* volatile: each read happens */
	return 0;
}

/* AT_RANDOM points at 16 readable bytes (read in a child, so a wild
 * pointer costs a child, not pid 1). */
enum case_result auxv_random(void)
{
	unsigned long random = 0;
	int status;

	if (!expect_true("no AT_RANDOM", auxv_get(AT_RANDOM, &random)) ||
	    !expect_true("AT_RANDOM is NULL", random != 0))
		return CASE_FAIL;
	if (!run_in_child(read_at_random, &status))
		return CASE_FAIL;
	return pass_if(expect_exited("child reading AT_RANDOM", status, 0));
}
