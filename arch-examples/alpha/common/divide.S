/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Alpha has no integer divide instruction: GCC calls __divqu and
 * __remqu with their own convention (Linux 3.8 arch/alpha/lib/divide.S):
 * dividend in $24 (t10), divisor in $25 (t11), result in $27 (t12),
 * return address in $23 (t9); every register but $27 and $28 (at) comes
 * back unchanged.  Linux's is an unrolled loop with a quick path and
 * traps on a zero divisor (gentrap); this one is the plain shift-and-
 * subtract loop, exact for divisors below 2^63 (vsprintf's 10 and 16).
 */
#include <linux/linkage.h>

	.set noat
	.text

	.macro	divide name, result
SYM_CODE_START(\name)
	lda	$30, -32($30)
	stq	$1, 0($30)
	stq	$2, 8($30)
	stq	$3, 16($30)
	mov	$31, $27		# quotient
	mov	$31, $1			# remainder
	mov	$24, $3			# dividend, shifted out at the top
	lda	$2, 64($31)		# bits to go
1:	srl	$3, 63, $28
	addq	$1, $1, $1
	bis	$1, $28, $1		# remainder = remainder << 1 | next bit
	addq	$3, $3, $3
	addq	$27, $27, $27
	cmpule	$25, $1, $28
	beq	$28, 2f
	subq	$1, $25, $1
	bis	$27, 1, $27
2:	subq	$2, 1, $2
	bne	$2, 1b
	mov	\result, $27
	ldq	$1, 0($30)
	ldq	$2, 8($30)
	ldq	$3, 16($30)
	lda	$30, 32($30)
	ret	$31, ($23), 1
SYM_CODE_END(\name)
	.endm

	divide	__divqu, $27
	divide	__remqu, $1
