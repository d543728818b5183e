// SPDX-License-Identifier: GPL-2.0
/*
 * Unpack the initramfs: a cpio archive in the "newc" format, linked into the
 * kernel image between __initramfs_start and __initramfs_end
 * (initramfs_data.S).  Each member is a 110-byte ASCII header ("070701" and
 * thirteen 8-digit hex fields), its NUL-terminated name, and its data, the
 * name and the data each padded to 4 bytes.  "TRAILER!!!" ends the archive.
 * Files stay where they are; the table below only points into the archive.
 */
#include <linux/kernel.h>
#include <linux/ramfs.h>
#include <linux/string.h>

#define NR_FILES	32
#define CPIO_HDR_LEN	110

extern const unsigned char __initramfs_start[], __initramfs_end[];

static struct ramfs_file files[NR_FILES];
static int nr_files;

/* Field @i (0: c_ino ... 12: c_check) of the header at @h. */
static unsigned long cpio_field(const unsigned char *h, int i)
{
	unsigned long v = 0;
	int n;

	for (n = 0; n < 8; n++) {
		unsigned char c = h[6 + 8 * i + n];

		v = v * 16 + (c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
	}
	return v;
}

/* Drop the "/" and "./" a path may start with: names here are from root. */
static const char *skip_root(const char *path)
{
	for (;;) {
		if (path[0] == '/')
			path++;
		else if (path[0] == '.' && path[1] == '/')
			path += 2;
		else
			return path;
	}
}

void populate_rootfs(void)
{
	const unsigned char *p = __initramfs_start;

	for (;;) {
		unsigned long mode, size, namesize;
		const char *name;

		if (p + CPIO_HDR_LEN > __initramfs_end ||
		    memcmp(p, "070701", 6) != 0)
			panic("initramfs: bad cpio header at offset %ld",
			      (long)(p - __initramfs_start));
		mode = cpio_field(p, 1);
		size = cpio_field(p, 6);
		namesize = cpio_field(p, 11);
		name = (const char *)p + CPIO_HDR_LEN;
		p = __initramfs_start +
		    ALIGN(p - __initramfs_start + CPIO_HDR_LEN + namesize, 4);
		if (strcmp(name, "TRAILER!!!") == 0)
			break;
		if (p + size > __initramfs_end)
			panic("initramfs: %s runs past the archive", name);
		name = skip_root(name);
		if (*name && strcmp(name, ".") != 0) {
			if (nr_files == NR_FILES)
				panic("initramfs: more than %d files", NR_FILES);
			files[nr_files++] = (struct ramfs_file) {
				.name = name, .mode = mode, .data = p, .size = size,
			};
		}
		p = __initramfs_start + ALIGN(p - __initramfs_start + size, 4);
	}
	printk("initramfs: %d files\n", nr_files);
}

/* Returns the file named @path (from "/"), or NULL. */
const struct ramfs_file *ramfs_lookup(const char *path)
{
	int i;

	path = skip_root(path);
	for (i = 0; i < nr_files; i++)
		if (strcmp(files[i].name, path) == 0)
			return &files[i];
	return NULL;
}
