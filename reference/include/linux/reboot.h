/* SPDX-License-Identifier: GPL-2.0 */
/* Ending the machine: provided by each architecture. */
#ifndef _REF_LINUX_REBOOT_H
#define _REF_LINUX_REBOOT_H

#include_next <linux/reboot.h>	/* LINUX_REBOOT_* (UAPI) */
#include <linux/kernel.h>

void machine_power_off(void) __noreturn;	/* QEMU exits with status 0 */
void machine_halt(void) __noreturn;		/* QEMU exits with failure */

#endif
