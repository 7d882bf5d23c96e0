/*
 * Naive allowed-IPs oracle for tests/unit/aip_test.c: every prefix in one
 * flat array; a lookup compares the address bit by bit with every prefix and
 * keeps the longest. Deliberately shares no code with common/aip.c.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "oracle/aip_oracle.h"

struct pfx {
	int family;
	uint8_t addr[16];
	uint8_t cidr;
	uint32_t peer;
};

struct tg_aip_oracle {
	struct pfx *v;
	size_t n, cap;
};

static int bit(const uint8_t *a, unsigned i)
{
	return (a[i / 8] >> (7 - i % 8)) & 1;
}

static int covers(const struct pfx *p, int family, const uint8_t *addr)
{
	if (p->family != family)
		return 0;
	for (unsigned i = 0; i < p->cidr; i++)
		if (bit(p->addr, i) != bit(addr, i))
			return 0;
	return 1;
}

static void canon(struct pfx *p)
{
	unsigned len = p->family == 4 ? 4 : 16;

	for (unsigned i = p->cidr; i < len * 8; i++)
		p->addr[i / 8] &= (uint8_t)~(0x80 >> (i % 8));
	if (len == 4)
		memset(p->addr + 4, 0, 12);
}

static struct pfx *find(struct tg_aip_oracle *o, const struct pfx *k)
{
	for (size_t i = 0; i < o->n; i++)
		if (o->v[i].family == k->family && o->v[i].cidr == k->cidr &&
		    !memcmp(o->v[i].addr, k->addr, 16))
			return &o->v[i];
	return NULL;
}

static void mk(struct pfx *k, int family, const uint8_t *addr, uint8_t cidr)
{
	memset(k, 0, sizeof(*k));
	k->family = family;
	k->cidr = cidr;
	memcpy(k->addr, addr, family == 4 ? 4 : 16);
	canon(k);
}

struct tg_aip_oracle *tg_aip_oracle_new(void)
{
	return calloc(1, sizeof(struct tg_aip_oracle));
}

void tg_aip_oracle_free(struct tg_aip_oracle *o)
{
	if (o)
		free(o->v);
	free(o);
}

struct tg_aip_oracle *tg_aip_oracle_clone(const struct tg_aip_oracle *o)
{
	struct tg_aip_oracle *c = calloc(1, sizeof(*c));

	if (!c)
		return NULL;
	c->v = malloc((o->cap ? o->cap : 1) * sizeof(struct pfx));
	if (!c->v) {
		free(c);
		return NULL;
	}
	if (o->n)
		memcpy(c->v, o->v, o->n * sizeof(struct pfx));
	c->n = o->n;
	c->cap = o->cap ? o->cap : 1;
	return c;
}

void tg_aip_oracle_insert(struct tg_aip_oracle *o, int family, const uint8_t *addr,
			  uint8_t cidr, uint32_t peer)
{
	struct pfx k, *p;

	mk(&k, family, addr, cidr);
	k.peer = peer;
	if ((p = find(o, &k))) {
		p->peer = peer;
		return;
	}
	if (o->n == o->cap) {
		size_t cap = o->cap ? 2 * o->cap : 64;
		struct pfx *v = realloc(o->v, cap * sizeof(*v));

		if (!v)
			abort();
		o->v = v;
		o->cap = cap;
	}
	o->v[o->n++] = k;
}

int tg_aip_oracle_remove(struct tg_aip_oracle *o, int family, const uint8_t *addr,
			 uint8_t cidr)
{
	struct pfx k, *p;

	mk(&k, family, addr, cidr);
	if (!(p = find(o, &k)))
		return -ENOENT;
	*p = o->v[--o->n];
	return 0;
}

void tg_aip_oracle_remove_peer(struct tg_aip_oracle *o, uint32_t peer)
{
	for (size_t i = 0; i < o->n;) {
		if (o->v[i].peer == peer)
			o->v[i] = o->v[--o->n];
		else
			i++;
	}
}

uint32_t tg_aip_oracle_lookup(const struct tg_aip_oracle *o, int family, const uint8_t *addr)
{
	int best = -1;
	uint32_t peer = UINT32_MAX;

	for (size_t i = 0; i < o->n; i++) {
		if (o->v[i].cidr > best && covers(&o->v[i], family, addr)) {
			best = o->v[i].cidr;
			peer = o->v[i].peer;
		}
	}
	return peer;
}

uint32_t tg_aip_oracle_count(const struct tg_aip_oracle *o, int family)
{
	uint32_t c = 0;

	for (size_t i = 0; i < o->n; i++)
		c += o->v[i].family == family;
	return c;
}
