/* SPDX-License-Identifier: GPL-2.0 */
/* The console printk writes to: the arch's UART, polled. */
#ifndef _REF_LINUX_CONSOLE_H
#define _REF_LINUX_CONSOLE_H

#include <linux/types.h>

void early_console_write(const char *s, size_t n);

#endif
