/* SPDX-License-Identifier: GPL-2.0 */
/* Boot: head.S calls start_kernel(), which calls the arch's setup_arch(). */
#ifndef _REF_LINUX_INIT_H
#define _REF_LINUX_INIT_H

void start_kernel(void);
void setup_arch(void);

#endif
