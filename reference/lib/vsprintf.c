// SPDX-License-Identifier: GPL-2.0
/*
 * A small vsnprintf: %c %s %d %i %u %x %p and %%, with the l and z length
 * modifiers, a field width and the 0 and - flags.  Enough for printk and for
 * the self-tests' KTAP lines; unknown conversions print as-is.
 */
#include <linux/kernel.h>
#include <linux/string.h>

struct outbuf {
	char *buf;
	size_t size, len;
};

static void out(struct outbuf *o, char c)
{
	if (o->len + 1 < o->size)
		o->buf[o->len] = c;
	o->len++;
}

static void out_number(struct outbuf *o, unsigned long v, unsigned int base,
		       bool negative, int width, char pad, bool left)
{
	char tmp[3 * sizeof(long) + 2];
	int n = 0;

	do {
		tmp[n++] = "0123456789abcdef"[v % base];
		v /= base;
	} while (v);
	if (negative)
		tmp[n++] = '-';
	if (!left)
		for (; width > n; width--)
			out(o, pad);
	while (n)
		out(o, tmp[--n]), width--;
	for (; width > 0; width--)
		out(o, ' ');
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
	struct outbuf o = { buf, size, 0 };

	for (; *fmt; fmt++) {
		bool is_long = false, left = false;
		char pad = ' ';
		int width = 0;
		long sv;

		if (*fmt != '%') {
			out(&o, *fmt);
			continue;
		}
		fmt++;
		if (*fmt == '-')
			left = true, fmt++;
		if (*fmt == '0')
			pad = '0', fmt++;
		while (*fmt >= '0' && *fmt <= '9')
			width = width * 10 + (*fmt++ - '0');
		if (*fmt == 'l' || *fmt == 'z')
			is_long = true, fmt++;

		switch (*fmt) {
		case 'c':
			out(&o, (char)va_arg(ap, int));
			break;
		case 's': {
			const char *s = va_arg(ap, const char *);
			int n;

			if (!s)
				s = "(null)";
			n = strnlen(s, 4096);
			if (!left)
				for (; width > n; width--)
					out(&o, ' ');
			while (*s)
				out(&o, *s++), width--;
			for (; width > 0; width--)
				out(&o, ' ');
			break;
		}
		case 'd':
		case 'i':
			sv = is_long ? va_arg(ap, long) : va_arg(ap, int);
			out_number(&o, sv < 0 ? -(unsigned long)sv : (unsigned long)sv,
				   10, sv < 0, width, pad, left);
			break;
		case 'u':
			out_number(&o, is_long ? va_arg(ap, unsigned long)
					       : va_arg(ap, unsigned int),
				   10, false, width, pad, left);
			break;
		case 'x':
			out_number(&o, is_long ? va_arg(ap, unsigned long)
					       : va_arg(ap, unsigned int),
				   16, false, width, pad, left);
			break;
		case 'p':
			out(&o, '0');
			out(&o, 'x');
			out_number(&o, (unsigned long)va_arg(ap, void *), 16,
				   false, 2 * sizeof(long), '0', false);
			break;
		case '\0':
			fmt--;
			break;
		default:
			out(&o, *fmt);
		}
	}
	if (o.size)
		o.buf[o.len < o.size ? o.len : o.size - 1] = '\0';
	return o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}
