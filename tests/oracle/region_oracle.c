/*
 * Naive oracle for the shared region's slot tables: what state every peer
 * and keypair slot must be in after a sequence of alloc/publish/retire/
 * install/reclaim operations, and what tg_keypair_lookup must answer, found
 * by a linear scan over the keypair slots. Used by tests/unit/region_test.c
 * (single thread).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "oracle/region_oracle.h"

#define IDX_RANGE 256u /* small: collisions and EEXIST happen often */

enum { O_FREE, O_RESERVED, O_LIVE, O_DEAD };

struct okp {
	int state;
	uint32_t idx, peer;
};

struct tg_region_oracle {
	uint32_t np, nk;
	int *peer;
	struct okp *kp;
	const char *last;
};

struct tg_region_oracle *tg_region_oracle_new(uint32_t max_peers, uint32_t max_keypairs)
{
	struct tg_region_oracle *o = calloc(1, sizeof(*o));

	if (!o)
		return NULL;
	o->np = max_peers;
	o->nk = max_keypairs;
	o->peer = calloc(max_peers, sizeof(int));
	o->kp = calloc(max_keypairs, sizeof(struct okp));
	if (!o->peer || !o->kp) {
		tg_region_oracle_free(o);
		return NULL;
	}
	o->last = "none";
	return o;
}

void tg_region_oracle_free(struct tg_region_oracle *o)
{
	if (!o)
		return;
	free(o->peer);
	free(o->kp);
	free(o);
}

const char *tg_region_oracle_last(const struct tg_region_oracle *o)
{
	return o->last;
}

/* The n-th (mod count) peer slot in state st, or UINT32_MAX. */
static uint32_t pick_peer(const struct tg_region_oracle *o, int st, uint64_t n)
{
	uint32_t c = 0;

	for (uint32_t i = 0; i < o->np; i++)
		c += o->peer[i] == st;
	if (!c)
		return UINT32_MAX;
	n %= c;
	for (uint32_t i = 0; i < o->np; i++)
		if (o->peer[i] == st && !n--)
			return i;
	return UINT32_MAX;
}

static uint32_t pick_kp(const struct tg_region_oracle *o, int st, uint64_t n)
{
	uint32_t c = 0;

	for (uint32_t i = 0; i < o->nk; i++)
		c += o->kp[i].state == st;
	if (!c)
		return UINT32_MAX;
	n %= c;
	for (uint32_t i = 0; i < o->nk; i++)
		if (o->kp[i].state == st && !n--)
			return i;
	return UINT32_MAX;
}

static uint32_t live_slot_of(const struct tg_region_oracle *o, uint32_t idx)
{
	for (uint32_t i = 0; i < o->nk; i++)
		if (o->kp[i].state == O_LIVE && o->kp[i].idx == idx)
			return i;
	return UINT32_MAX;
}

static int check_lookup(const struct tg_region_oracle *o, const struct tg_region *rd,
			uint32_t idx)
{
	uint32_t s = live_slot_of(o, idx);
	struct tg_keypair *k = tg_keypair_lookup(rd, idx);

	if (s == UINT32_MAX)
		return k ? -1 : 0;
	if (k != tg_region_keypair(rd, s) || k->peer != o->kp[s].peer ||
	    k->send_key[0] != (uint8_t)idx || k->remote_index != ~idx)
		return -1;
	return 0;
}

static int op_install(struct tg_region_oracle *o, struct tg_region *w, uint64_t x)
{
	struct tg_keypair_init in;
	uint32_t idx = (uint32_t)(x % IDX_RANGE), slot = UINT32_MAX, peer;
	int want, rc;

	if ((x >> 40) % 7 == 0)
		idx = (uint32_t)(x >> 8) | 1; /* a far-away index */
	peer = (uint32_t)((x >> 16) % o->np);
	memset(&in, 0, sizeof(in));
	in.peer = peer;
	in.local_index = idx;
	in.remote_index = ~idx;
	memset(in.send_key, (int)(idx & 0xff), sizeof(in.send_key));
	memset(in.recv_key, 0x5c, sizeof(in.recv_key));
	if (!idx)
		want = -EINVAL;
	else if (live_slot_of(o, idx) != UINT32_MAX)
		want = -EEXIST;
	else if (pick_kp(o, O_FREE, 0) == UINT32_MAX)
		want = -ENOSPC;
	else
		want = 0;
	rc = tg_keypair_install(w, &in, &slot);
	if (rc != want)
		return -1;
	if (rc)
		return 0;
	if (slot >= o->nk || o->kp[slot].state != O_FREE)
		return -1;
	o->kp[slot] = (struct okp){ O_LIVE, idx, peer };
	return 0;
}

static int op_reclaim(struct tg_region_oracle *o, struct tg_region *w)
{
	if (tg_region_reclaim(w, 1000000000ull))
		return -1;
	for (uint32_t i = 0; i < o->np; i++)
		if (o->peer[i] == O_DEAD)
			o->peer[i] = O_FREE;
	for (uint32_t i = 0; i < o->nk; i++)
		if (o->kp[i].state == O_DEAD)
			o->kp[i].state = O_FREE;
	return 0;
}

int tg_region_oracle_step(struct tg_region_oracle *o, struct tg_region *w,
			  const struct tg_region *rd, uint64_t x)
{
	uint32_t s, op = (uint32_t)(x & 0xf);

	x >>= 4;
	switch (op) {
	case 0:
	case 1:
		o->last = "peer_alloc";
		s = tg_peer_alloc(w);
		if (s == TG_NONE)
			return pick_peer(o, O_FREE, 0) == UINT32_MAX ? 0 : -1;
		if (s >= o->np || o->peer[s] != O_FREE)
			return -1;
		o->peer[s] = O_RESERVED;
		return 0;
	case 2:
		o->last = "peer_publish";
		if ((s = pick_peer(o, O_RESERVED, x)) != UINT32_MAX) {
			tg_peer_publish(w, s);
			o->peer[s] = O_LIVE;
		}
		return 0;
	case 3:
		o->last = "peer_retire";
		if ((s = pick_peer(o, (x & 1) ? O_LIVE : O_RESERVED, x >> 1)) != UINT32_MAX) {
			tg_peer_retire(w, s);
			o->peer[s] = o->peer[s] == O_LIVE ? O_DEAD : O_FREE;
		}
		return 0;
	case 4: case 5: case 6: case 7:
		o->last = "keypair_install";
		return op_install(o, w, x);
	case 8: case 9: case 10:
		o->last = "keypair_retire";
		if ((s = pick_kp(o, O_LIVE, x)) != UINT32_MAX) {
			tg_keypair_retire(w, s);
			o->kp[s].state = O_DEAD;
		}
		return 0;
	case 11:
		o->last = "reclaim";
		return (x % 4) ? 0 : op_reclaim(o, w);
	default:
		o->last = "lookup";
		if (check_lookup(o, rd, (uint32_t)(x % IDX_RANGE)))
			return -1;
		s = pick_kp(o, O_LIVE, x >> 20);
		return s == UINT32_MAX ? 0 : check_lookup(o, rd, o->kp[s].idx);
	}
}

int tg_region_oracle_check_all(struct tg_region_oracle *o, const struct tg_region *rd)
{
	static const int map[] = { TG_SLOT_FREE, TG_SLOT_FREE, TG_SLOT_LIVE, TG_SLOT_DEAD };

	o->last = "check_all";
	for (uint32_t i = 0; i < o->np; i++)
		if (atomic_load(&tg_region_peer(rd, i)->state) != (uint32_t)map[o->peer[i]])
			return -1;
	for (uint32_t i = 0; i < o->nk; i++)
		if (atomic_load(&tg_region_keypair(rd, i)->state) != (uint32_t)map[o->kp[i].state])
			return -1;
	for (uint32_t idx = 0; idx < IDX_RANGE; idx++)
		if (check_lookup(o, rd, idx))
			return -1;
	for (uint32_t i = 0; i < o->nk; i++)
		if (o->kp[i].state == O_LIVE && check_lookup(o, rd, o->kp[i].idx))
			return -1;
	return 0;
}
