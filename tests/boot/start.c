// SPDX-License-Identifier: GPL-2.0
/*
 * boot_main(): read the initial stack, then either act out a re-exec role
 * or run the suite and end the way pid 1 must end.
 */
#include "boot.h"
#include "lib.h"
#include "sys.h"

struct boot_info boot_info;

/* Scan the auxiliary vector for @type. */
bool auxv_get(unsigned long type, unsigned long *value)
{
	unsigned long *entry;

	for (entry = boot_info.auxv; entry[0] != AT_NULL; entry += 2) {
		if (entry[0] == type) {
			*value = entry[1];
			return true;
		}
	}
	return false;
}

/* The reference kernel, by its uname(2) release (see boot.h). */
bool on_reference_kernel(void)
{
	struct new_utsname u;

	return sys_uname(&u) == 0 && str_starts_with(u.release, "reference-");
}

/* pid 1: the init of a whole machine (see boot.h). */
bool running_as_init(void)
{
	return sys_getpid() == 1;
}

/*
 * Power the machine off, as Linux's init does at the end; this is how the
 * QEMU runner sees the guest finish.  The pid check is repeated here on
 * purpose: on a real host (the oracle runs as root) reboot would be real.
 */
static void power_off(void)
{
	if (running_as_init())
		sys_reboot(LINUX_REBOOT_CMD_POWER_OFF);
}

/* Split the initial stack: argc, argv[], NULL, envp[], NULL, auxv. */
void boot_main(unsigned long *initial_sp)
{
	char **env;
	int failures;

	boot_info.argc = initial_sp[0];
	boot_info.argv = (char **)(initial_sp + 1);
	boot_info.envp = boot_info.argv + boot_info.argc + 1;
	for (env = boot_info.envp; *env; env++)
		;
	boot_info.auxv = (unsigned long *)(env + 1);

	if (boot_info.argc > 1)
		run_role(boot_info.argc, boot_info.argv, boot_info.envp);

	failures = run_suite();
	power_off();
	/* Only reached off the reference kernel (or if reboot failed, when
	 * pid 1 exiting makes the kernel say so loudly). */
	sys_exit(failures ? 1 : 0);
}
