// SPDX-License-Identifier: GPL-2.0
/* An /init that never ends: tests/boot_killed.t boots it to be killed. */
void _start(void)
{
	for (;;)
		;
}
