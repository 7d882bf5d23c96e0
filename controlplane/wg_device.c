/*
 * The WireGuard device model of tailgate-cp (controlplane/wg_device.h):
 * identity, peers, the Noise handshake and cookie state per peer, the
 * per-source rate limiter, the §6 timers, and the keypair rotation
 * (current / previous / next) it publishes into the shared region. It is the
 * single writer of peers, keypairs and allowed IPs in the region.
 *
 * Spec: WireGuard whitepaper §5.4 (handshake, via common/noise.c), §5.4.7
 * (cookies under load, common/cookie.c), §5.3 (rate limiting), §6 (timers,
 * controlplane/wg_timers.c). Runs on the cp event loop only.
 *
 * Keypair rotation, as the Linux module does it:
 *  - initiator, response consumed: previous <- current (or <- next when a
 *    responder keypair was pending), current <- new. Then a keepalive is
 *    requested so the responder learns the keys work.
 *  - responder, response sent: next <- new (the old next and previous go).
 *    The dp sets rx_confirmed on the keypair when data decrypts with it; the
 *    tick then promotes next to current (previous <- current).
 * Retired keypair slots turn FREE in tg_region_reclaim on a later tick.
 *
 * Under load (more than CP_UNDER_LOAD_MSGS handshake messages within one
 * tick, or a punt ring deeper than an eighth of its slots) the device
 * demands mac2 for one second: a message without a valid mac2 is answered
 * with a cookie reply; one with a valid mac2 still passes the per-source
 * rate limiter.
 *
 * Handshake counters (CP_HS_COUNTERS in wg_device.h): every handshake
 * message the cp gets ends in exactly one of them.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cookie.h"
#include "crypto.h"
#include "keyhash.h"
#include "noise.h"
#include "ratelimit.h"
#include "wg_device.h"
#include "wg_timers.h"

#define CP_UNDER_LOAD_MSGS 64          /* handshake messages per tick */
#define CP_UNDER_LOAD_HOLD TG_NS_PER_SEC
#define CP_RATELIMIT_ENTRIES 4096
#define CP_SYNC_TIMEOUT (TG_NS_PER_SEC / 100)

#define CP_HS_NAME(n, h) #n,
#define CP_HS_HELP(n, h) h,
const char *const cp_hs_counter_names[CP_HS__COUNT] = { CP_HS_COUNTERS(CP_HS_NAME) };
const char *const cp_hs_counter_help[CP_HS__COUNT] = { CP_HS_COUNTERS(CP_HS_HELP) };
#undef CP_HS_NAME
#undef CP_HS_HELP

struct cp_wg_peer {
	bool used;
	uint32_t slot;                /* region peer slot */
	uint8_t pub[32];
	bool has_psk;
	struct tg_endpoint endpoint;  /* configured (or learned) endpoint */
	uint16_t persistent_keepalive;
	uint32_t n_aips;
	struct tg_cfg_prefix aips[TG_CFG_MAX_PEER_AIPS];
	uint64_t last_handshake_wall_ns;
	uint64_t seen_no_keypair;     /* last dp "no keypair" stamp acted on */
	/* Handshake message bytes to/from the peer: added to the dataplane's
	 * data bytes in get=1, as wireguard-go counts every message. */
	uint64_t hs_rx_bytes, hs_tx_bytes;
	uint32_t indexed;             /* our key in by_index; 0 = none */
	struct tg_noise_handshake hs;
	struct tg_cookie_maker maker;
	struct cp_timers timers;
};

struct cp_wg_device {
	struct tg_region *r;
	const struct tg_clock *clk;
	struct tg_noise_local local;
	struct tg_cookie_checker checker;
	struct tg_ratelimit rl;
	uint16_t listen_port;
	uint32_t max_peers, n_workers;
	struct cp_wg_peer *peers;     /* max_peers, by our own index */
	/* Peer indices in insertion order; a removal inside a batch leaves a
	 * TG_NONE hole (n_order counts them), closed at the batch's end. */
	uint32_t *order;
	uint32_t *pos;                /* peer index -> its place in order */
	uint32_t n_peers, n_order;
	uint32_t *free_idx, n_free;   /* unused peer indices (a stack) */
	uint32_t *by_slot;            /* region peer slot -> peer index / TG_NONE */
	struct cp_keyhash by_key;     /* public key -> peer index */
	/* LIVE region peers no peer of ours owns, left by a previous cp:
	 * public key -> region slot. Filled once at start; only shrinks. */
	struct cp_keyhash orphans;
	/* Handshake local index -> peer index: the index each peer last put
	 * in a handshake message (cp_wg_peer.indexed). Entries go stale when
	 * the handshake ends; lookups check the peer still holds the index. */
	struct cp_keyhash by_index;
	unsigned batch;               /* open cp_wg_device_batch_begin()s */
	uint32_t msgs_this_tick;
	uint64_t under_load_until;
	bool need_reclaim;
	uint64_t hs[CP_HS__COUNT];
};

/* ---- small helpers ------------------------------------------------------ */

static uint64_t now_mono(const struct cp_wg_device *d)
{
	return d->clk->mono_ns(d->clk->ctx);
}

static struct tg_peer_entry *entry(const struct cp_wg_device *d,
				   const struct cp_wg_peer *p)
{
	return tg_region_peer(d->r, p->slot);
}

static struct cp_wg_peer *find_peer(const struct cp_wg_device *d,
				    const uint8_t pub[32])
{
	uint32_t i = cp_keyhash_find(&d->by_key, pub);

	return i == CP_KEYHASH_EMPTY ? NULL : &d->peers[i];
}

/* Squeeze the TG_NONE holes out of order (insertion order kept). */
static void close_holes(struct cp_wg_device *d)
{
	uint32_t w = 0;

	if (d->n_order == d->n_peers)
		return;
	for (uint32_t i = 0; i < d->n_order; i++) {
		if (d->order[i] == TG_NONE)
			continue;
		d->order[w] = d->order[i];
		d->pos[d->order[w]] = w;
		w++;
	}
	d->n_order = w;
}

static const uint8_t *peer_key_of(void *ctx, uint32_t idx)
{
	const struct cp_wg_device *d = ctx;

	return d->peers[idx].pub;
}

static const uint8_t *peer_index_of(void *ctx, uint32_t idx)
{
	const struct cp_wg_device *d = ctx;

	return (const uint8_t *)&d->peers[idx].indexed;
}

static const uint8_t *orphan_key_of(void *ctx, uint32_t slot)
{
	const struct cp_wg_device *d = ctx;

	return tg_region_peer(d->r, slot)->pubkey;
}

/* Commit staged allowed-IPs changes, or leave them for the batch's end. */
static int aip_commit(struct cp_wg_device *d)
{
	if (d->batch)
		return 0;
	return tg_aip_commit(d->r, TG_NS_PER_SEC);
}

static struct tg_noise_handshake *lookup_static(void *ctx, const uint8_t pub[32])
{
	struct cp_wg_peer *p = find_peer(ctx, pub);

	return p ? &p->hs : NULL;
}

static struct cp_wg_peer *peer_of_hs(struct tg_noise_handshake *hs)
{
	return (struct cp_wg_peer *)((uint8_t *)hs - offsetof(struct cp_wg_peer, hs));
}

/* The peer whose handshake holds local index idx now, or NULL. */
static struct cp_wg_peer *find_index(const struct cp_wg_device *d, uint32_t idx)
{
	uint32_t i = idx ? cp_keyhash_find(&d->by_index, (const uint8_t *)&idx) : CP_KEYHASH_EMPTY;
	struct cp_wg_peer *p = i == CP_KEYHASH_EMPTY ? NULL : &d->peers[i];

	return p && p->used && p->hs.local_index == idx ? p : NULL;
}

static struct cp_wg_peer *find_pending_index(const struct cp_wg_device *d,
					     uint32_t idx)
{
	struct cp_wg_peer *p = find_index(d, idx);

	return p && p->hs.state == TG_HS_CREATED_INITIATION ? p : NULL;
}

/* The peer put idx in a handshake message: index it (its previous one,
 * stale by now, goes). */
static void note_index(struct cp_wg_device *d, struct cp_wg_peer *p, uint32_t idx)
{
	uint32_t self = (uint32_t)(p - d->peers);

	if (p->indexed)
		(void)cp_keyhash_del(&d->by_index, (const uint8_t *)&p->indexed);
	p->indexed = 0;
	if (!idx)
		return;
	/* Taken by another peer's stale entry: that one no longer holds it
	 * (index_in_use said free), so it goes. */
	uint32_t other = cp_keyhash_find(&d->by_index, (const uint8_t *)&idx);
	if (other != CP_KEYHASH_EMPTY) {
		(void)cp_keyhash_del(&d->by_index, (const uint8_t *)&idx);
		d->peers[other].indexed = 0;
	}
	p->indexed = idx;
	(void)cp_keyhash_add(&d->by_index, (const uint8_t *)&p->indexed, self);
}

static struct tg_noise_handshake *lookup_index(void *ctx, uint32_t idx)
{
	struct cp_wg_peer *p = find_pending_index(ctx, idx);

	return p ? &p->hs : NULL;
}

static bool index_in_use(void *ctx, uint32_t idx)
{
	struct cp_wg_device *d = ctx;

	if (tg_keypair_lookup(d->r, idx))
		return true;
	return find_index(d, idx) != NULL;
}

static void to_cookie_src(struct tg_cookie_src *s, const struct tg_endpoint *ep)
{
	memset(s, 0, sizeof(*s));
	s->family = ep->family;
	memcpy(s->addr, ep->addr, sizeof(s->addr));
	s->port = ep->port;
}

/* Send a UDP payload from the listen port to `dst` through a worker. */
static int inject_tx(struct cp_wg_device *d, uint32_t worker, uint32_t peer_slot,
		     const struct tg_endpoint *dst, const void *msg, size_t len)
{
	struct tg_ring_meta m = { 0 };
	struct tg_ring *ring;

	if (worker >= d->n_workers)
		worker = 0; /* a punt's worker field is the dp's word, not trusted */
	ring = tg_region_inject(d->r, worker);
	m.kind = TG_INJECT_TX;
	m.len = (uint16_t)len;
	m.peer = peer_slot;
	m.worker = (uint16_t)worker;
	m.ts_ns = now_mono(d);
	m.dst = *dst;
	if (!ring || tg_ring_enqueue(ring, &m, msg)) {
		d->hs[CP_HS_inject_full]++;
		return -ENOBUFS;
	}
	return 0;
}

static uint32_t worker_for(const struct cp_wg_device *d, const struct cp_wg_peer *p)
{
	return d->n_workers ? p->slot % d->n_workers : 0;
}

/* ---- keypairs ------------------------------------------------------------ */

static void retire_kp(struct cp_wg_device *d, _Atomic uint32_t *field)
{
	uint32_t s = atomic_exchange_explicit(field, TG_NONE, memory_order_acq_rel);

	if (s != TG_NONE) {
		tg_keypair_retire(d->r, s);
		d->need_reclaim = true;
	}
}

static void retire_all_kps(struct cp_wg_device *d, struct cp_wg_peer *p)
{
	struct tg_peer_entry *e = entry(d, p);

	retire_kp(d, &e->kp_next);
	retire_kp(d, &e->kp_current);
	retire_kp(d, &e->kp_previous);
}

static void set_kp(_Atomic uint32_t *field, uint32_t slot)
{
	atomic_store_explicit(field, slot, memory_order_release);
}

static uint32_t get_kp(_Atomic uint32_t *field)
{
	return atomic_load_explicit(field, memory_order_acquire);
}

/* Install a derived keypair and rotate (see the header comment). */
static int install_keypair(struct cp_wg_device *d, struct cp_wg_peer *p,
			   struct tg_noise_keypair *kp)
{
	struct tg_peer_entry *e = entry(d, p);
	struct tg_keypair_init in = { 0 };
	uint32_t slot;
	int rc;

	in.peer = p->slot;
	in.local_index = kp->local_index;
	in.remote_index = kp->remote_index;
	memcpy(in.send_key, kp->send_key, 32);
	memcpy(in.recv_key, kp->recv_key, 32);
	in.birth_ns = kp->birth_ns;
	in.is_initiator = kp->is_initiator;
	rc = tg_keypair_install(d->r, &in, &slot);
	tg_wipe(&in, sizeof(in));
	tg_wipe(kp, sizeof(*kp));
	if (rc)
		return rc;

	if (tg_region_keypair(d->r, slot)->is_initiator) {
		uint32_t next = get_kp(&e->kp_next);
		uint32_t cur = get_kp(&e->kp_current);

		if (next != TG_NONE) {
			/* a pending responder keypair becomes previous */
			set_kp(&e->kp_next, TG_NONE);
			retire_kp(d, &e->kp_previous);
			set_kp(&e->kp_previous, next);
			if (cur != TG_NONE) {
				set_kp(&e->kp_current, TG_NONE);
				tg_keypair_retire(d->r, cur);
				d->need_reclaim = true;
			}
		} else {
			retire_kp(d, &e->kp_previous);
			set_kp(&e->kp_previous, cur);
		}
		set_kp(&e->kp_current, slot);
	} else {
		retire_kp(d, &e->kp_next);
		retire_kp(d, &e->kp_previous);
		set_kp(&e->kp_next, slot);
	}
	return 0;
}

/* Responder side: the dp decrypted with `next`, so make it current. */
static bool promote_next(struct cp_wg_device *d, struct cp_wg_peer *p)
{
	struct tg_peer_entry *e = entry(d, p);
	uint32_t next = get_kp(&e->kp_next);
	struct tg_keypair *k;

	if (next == TG_NONE)
		return false;
	k = tg_region_keypair(d->r, next);
	if (!atomic_load_explicit(&k->rx_confirmed, memory_order_acquire))
		return false;
	retire_kp(d, &e->kp_previous);
	set_kp(&e->kp_previous, get_kp(&e->kp_current));
	set_kp(&e->kp_current, next);
	set_kp(&e->kp_next, TG_NONE);
	return true;
}

/* ---- sending ---------------------------------------------------------- */

static int send_keepalive(struct cp_wg_device *d, struct cp_wg_peer *p)
{
	struct tg_ring_meta m = { 0 };
	uint32_t w = worker_for(d, p);
	struct tg_ring *ring = tg_region_inject(d->r, w);

	m.kind = TG_INJECT_ENCRYPT;
	m.len = 0;
	m.peer = p->slot;
	m.worker = (uint16_t)w;
	m.ts_ns = now_mono(d);
	if (!ring || tg_ring_enqueue(ring, &m, NULL)) {
		d->hs[CP_HS_inject_full]++;
		return -ENOBUFS;
	}
	d->hs[CP_HS_keepalives_sent]++;
	return 0;
}

static void current_endpoint(const struct cp_wg_device *d,
			     const struct cp_wg_peer *p, struct tg_endpoint *ep)
{
	tg_peer_endpoint_get(entry(d, p), ep);
}

static int send_initiation(struct cp_wg_device *d, struct cp_wg_peer *p)
{
	struct tg_wg_initiation msg;
	struct tg_endpoint ep;
	uint64_t now = now_mono(d);
	uint32_t idx;
	int rc;

	if (!d->local.has_key || !cp_timers_may_initiate(&p->timers, now))
		return -EAGAIN;
	current_endpoint(d, p, &ep);
	if (ep.family != 4 && ep.family != 6)
		return -EDESTADDRREQ;
	idx = tg_noise_random_index(index_in_use, d);
	rc = tg_noise_create_initiation(&d->local, &p->hs, idx, d->clk, &msg);
	if (rc)
		return -EINVAL;
	note_index(d, p, idx);
	tg_cookie_add_macs(&p->maker, (uint8_t *)&msg, sizeof(msg), d->clk);
	rc = inject_tx(d, worker_for(d, p), p->slot, &ep, &msg, sizeof(msg));
	/* Counted as an attempt even if the ring was full: the retransmit
	 * timer tries again (whitepaper §6.4). */
	cp_timers_handshake_initiated(&p->timers, now);
	cp_timers_any_authenticated_packet_traversal(&p->timers, now);
	cp_timers_any_authenticated_packet_sent(&p->timers);
	if (rc == 0) {
		d->hs[CP_HS_initiations_sent]++;
		p->hs_tx_bytes += sizeof(msg);
	}
	return rc;
}

/* ---- receiving -------------------------------------------------------- */

static bool under_load(const struct cp_wg_device *d, uint64_t now)
{
	return now < d->under_load_until;
}

static void note_message(struct cp_wg_device *d, uint64_t now)
{
	if (++d->msgs_this_tick > CP_UNDER_LOAD_MSGS)
		d->under_load_until = now + CP_UNDER_LOAD_HOLD;
}

static void count_noise_err(struct cp_wg_device *d, int err)
{
	switch (err) {
	case TG_NOISE_E_UNKNOWN_PEER: d->hs[CP_HS_failed_unknown_peer]++; break;
	case TG_NOISE_E_REPLAY: d->hs[CP_HS_failed_replay]++; break;
	case TG_NOISE_E_FLOOD: d->hs[CP_HS_failed_flood]++; break;
	case TG_NOISE_E_UNKNOWN_INDEX: d->hs[CP_HS_failed_unknown_index]++; break;
	default: d->hs[CP_HS_failed_decrypt]++; break;
	}
}

/* An authenticated handshake message came from `src`: roam to it. */
static void learn_endpoint(struct cp_wg_device *d, struct cp_wg_peer *p,
			   const struct tg_endpoint *src)
{
	tg_peer_endpoint_set(entry(d, p), src);
	p->endpoint = *src;
}

static void handle_initiation(struct cp_wg_device *d,
			      const struct tg_ring_meta *meta, const uint8_t *pkt)
{
	struct tg_noise_handshake *hs;
	struct tg_noise_keypair kp;
	struct tg_wg_response resp;
	struct cp_wg_peer *p;
	uint64_t now = now_mono(d);
	uint32_t idx;
	int rc;

	rc = tg_noise_consume_initiation(&d->local, pkt, meta->len, lookup_static,
					 d, d->clk, &hs);
	if (rc) {
		count_noise_err(d, rc);
		return;
	}
	d->hs[CP_HS_initiations_received]++;
	p = peer_of_hs(hs);
	p->hs_rx_bytes += meta->len;
	learn_endpoint(d, p, &meta->src);
	idx = tg_noise_random_index(index_in_use, d);
	note_index(d, p, idx);
	if (tg_noise_create_response(hs, idx, &resp) ||
	    tg_noise_derive_keypair(hs, d->clk, &kp)) {
		tg_noise_handshake_clear(hs);
		d->hs[CP_HS_failed_decrypt]++;
		return;
	}
	tg_cookie_add_macs(&p->maker, (uint8_t *)&resp, sizeof(resp), d->clk);
	if (install_keypair(d, p, &kp)) {
		d->hs[CP_HS_failed_install]++;
		return;
	}
	if (inject_tx(d, meta->worker, p->slot, &meta->src, &resp, sizeof(resp)) == 0) {
		d->hs[CP_HS_responses_sent]++;
		p->hs_tx_bytes += sizeof(resp);
	}
	cp_timers_any_authenticated_packet_received(&p->timers);
	cp_timers_session_derived(&p->timers, now);
	cp_timers_any_authenticated_packet_traversal(&p->timers, now);
	cp_timers_any_authenticated_packet_sent(&p->timers);
}

static void handle_response(struct cp_wg_device *d,
			    const struct tg_ring_meta *meta, const uint8_t *pkt)
{
	struct tg_noise_handshake *hs;
	struct tg_noise_keypair kp;
	struct cp_wg_peer *p;
	uint64_t now = now_mono(d);
	int rc;

	rc = tg_noise_consume_response(&d->local, pkt, meta->len, lookup_index, d,
				       &hs);
	if (rc) {
		count_noise_err(d, rc);
		return;
	}
	d->hs[CP_HS_responses_received]++;
	p = peer_of_hs(hs);
	p->hs_rx_bytes += meta->len;
	learn_endpoint(d, p, &meta->src);
	if (tg_noise_derive_keypair(hs, d->clk, &kp) || install_keypair(d, p, &kp)) {
		d->hs[CP_HS_failed_install]++;
		return;
	}
	d->hs[CP_HS_completed]++;
	p->last_handshake_wall_ns = d->clk->wall_ns(d->clk->ctx);
	cp_timers_any_authenticated_packet_received(&p->timers);
	cp_timers_any_authenticated_packet_traversal(&p->timers, now);
	cp_timers_handshake_complete(&p->timers);
	cp_timers_session_derived(&p->timers, now);
	/* Confirm the session to the responder at once (whitepaper §5.4.6:
	 * the responder waits for a first data message). */
	send_keepalive(d, p);
}

static void handle_cookie(struct cp_wg_device *d, const struct tg_ring_meta *meta,
			  const uint8_t *pkt)
{
	uint32_t idx = tg_le32_get(pkt + 4);
	struct cp_wg_peer *p = find_pending_index(d, idx);

	if (!p || tg_cookie_consume_reply(&p->maker, pkt, meta->len, d->clk)) {
		d->hs[CP_HS_failed_decrypt]++;
		return;
	}
	d->hs[CP_HS_cookies_received]++;
}

/* mac1, then (under load) mac2 or a cookie reply, then the rate limiter. */
static bool admit(struct cp_wg_device *d, const struct tg_ring_meta *meta,
		  const uint8_t *pkt, uint64_t now)
{
	struct tg_cookie_src src;
	enum tg_cookie_verdict v;
	bool load = under_load(d, now);

	to_cookie_src(&src, &meta->src);
	v = tg_cookie_validate(&d->checker, pkt, meta->len, &src, load, d->clk);
	if (v == TG_COOKIE_BAD_MAC1) {
		d->hs[CP_HS_failed_mac1]++;
		return false;
	}
	if (!load)
		return true;
	if (v != TG_COOKIE_MAC2_OK) {
		struct tg_wg_cookie_reply r;

		tg_cookie_reply_create(&d->checker, &r, pkt, meta->len, &src, d->clk);
		if (inject_tx(d, meta->worker, TG_NONE, &meta->src, &r, sizeof(r)) == 0)
			d->hs[CP_HS_cookies_sent]++;
		return false;
	}
	if (!tg_ratelimit_allow(&d->rl, meta->src.family, meta->src.addr)) {
		d->hs[CP_HS_rate_limited]++;
		return false;
	}
	return true;
}

void cp_wg_device_handle_punt(struct cp_wg_device *d,
			      const struct tg_ring_meta *meta,
			      const uint8_t *pkt)
{
	uint64_t now = now_mono(d);
	int type;

	if (meta->kind != TG_PUNT_HANDSHAKE || !pkt) {
		d->hs[CP_HS_dropped_malformed]++;
		return;
	}
	type = tg_wg_classify(pkt, meta->len);
	if (type < MESSAGE_HANDSHAKE_INITIATION || type > MESSAGE_HANDSHAKE_COOKIE ||
	    (meta->src.family != 4 && meta->src.family != 6)) {
		d->hs[CP_HS_dropped_malformed]++;
		return;
	}
	note_message(d, now);
	if (!d->local.has_key) {
		d->hs[CP_HS_dropped_no_key]++;
		return;
	}
	if (type == MESSAGE_HANDSHAKE_COOKIE) {
		handle_cookie(d, meta, pkt);
		return;
	}
	if (!admit(d, meta, pkt, now))
		return;
	if (type == MESSAGE_HANDSHAKE_INITIATION)
		handle_initiation(d, meta, pkt);
	else
		handle_response(d, meta, pkt);
}

/* ---- tick --------------------------------------------------------------- */

static void read_stamps(const struct cp_wg_device *d, const struct cp_wg_peer *p,
			struct cp_timer_stamps *s)
{
	memset(s, 0, sizeof(*s));
	for (uint32_t w = 0; w < d->n_workers; w++) {
		const struct tg_peer_counters *c = tg_region_peer_ctr(d->r, w, p->slot);
#define MAXV(f, i) if (c->v[i] > s->f) s->f = c->v[i]
		MAXV(last_rx, TG_PEER_last_rx_ns);
		MAXV(last_tx, TG_PEER_last_tx_ns);
		MAXV(last_data_rx, TG_PEER_last_data_rx_ns);
		MAXV(last_data_tx, TG_PEER_last_data_tx_ns);
		MAXV(last_no_keypair, TG_PEER_last_no_keypair_ns);
#undef MAXV
	}
}

/* Retire keypairs the dp must not use any more (it refuses them too). */
static void expire_keypairs(struct cp_wg_device *d, struct cp_wg_peer *p,
			    uint64_t now)
{
	struct tg_peer_entry *e = entry(d, p);
	_Atomic uint32_t *f[] = { &e->kp_current, &e->kp_previous, &e->kp_next };

	for (unsigned i = 0; i < 3; i++) {
		uint32_t s = get_kp(f[i]);
		struct tg_keypair *k;

		if (s == TG_NONE)
			continue;
		k = tg_region_keypair(d->r, s);
		if (cp_timers_keypair_expired(k->birth_ns,
					      atomic_load_explicit(&k->send_counter,
								   memory_order_relaxed),
					      now))
			retire_kp(d, f[i]);
	}
}

static void tick_peer(struct cp_wg_device *d, struct cp_wg_peer *p, uint64_t now)
{
	struct tg_peer_entry *e = entry(d, p);
	struct cp_timer_stamps st;
	bool want_hs = false;
	unsigned ev, act;
	uint32_t cur;

	read_stamps(d, p, &st);
	ev = cp_timers_observe(&p->timers, &st);
	if (promote_next(d, p)) {
		/* responder: the handshake completes with the first data */
		cp_timers_handshake_complete(&p->timers);
		p->last_handshake_wall_ns = d->clk->wall_ns(d->clk->ctx);
	}

	cur = get_kp(&e->kp_current);
	if (cur != TG_NONE) {
		struct tg_keypair *k = tg_region_keypair(d->r, cur);
		uint64_t ctr = atomic_load_explicit(&k->send_counter,
						    memory_order_relaxed);

		if ((ev & 1) && cp_timers_rekey_after_send(k->birth_ns, k->is_initiator,
							   ctr, now))
			want_hs = true;
		if ((ev & 2) && cp_timers_rekey_after_receive(&p->timers, k->birth_ns,
							      k->is_initiator, now))
			want_hs = true;
	}
	if (st.last_no_keypair > p->seen_no_keypair) {
		/* the dp had a packet for this peer and no keypair: initiate */
		p->seen_no_keypair = st.last_no_keypair;
		if (cur == TG_NONE)
			want_hs = true;
	}
	expire_keypairs(d, p, now);

	act = cp_timers_poll(&p->timers, now);
	if (act & CP_TIMER_ZERO_KEYS) {
		retire_all_kps(d, p);
		tg_noise_handshake_clear(&p->hs);
	}
	if (act & CP_TIMER_SEND_INITIATION)
		want_hs = true;
	if (act & CP_TIMER_SEND_KEEPALIVE) {
		if (get_kp(&e->kp_current) != TG_NONE)
			send_keepalive(d, p);
		else
			want_hs = true; /* no session to keep alive: make one */
	}
	if (want_hs) {
		if (!(act & CP_TIMER_SEND_INITIATION))
			p->timers.handshake_attempts = 0; /* fresh, not a retry */
		send_initiation(d, p); /* throttled to one per REKEY_TIMEOUT */
	}
}

static void check_punt_depth(struct cp_wg_device *d, uint64_t now)
{
	for (uint32_t w = 0; w < d->n_workers; w++) {
		const struct tg_ring *ring = tg_region_punt(d->r, w);

		if (tg_ring_depth(ring) > ring->slots / 8)
			d->under_load_until = now + CP_UNDER_LOAD_HOLD;
	}
}

void cp_wg_device_tick(struct cp_wg_device *d)
{
	uint64_t now = now_mono(d);

	check_punt_depth(d, now);
	d->msgs_this_tick = 0;
	for (uint32_t i = 0; i < d->n_order; i++)
		if (d->order[i] != TG_NONE)
			tick_peer(d, &d->peers[d->order[i]], now);
	/* A commit that timed out (a stalled reader) is retried; until it
	 * lands, retired slots stay DEAD: a reclaimed slot reused by a new
	 * peer must never inherit routes still published for the old one. */
	if (!d->batch && tg_aip_pending(d->r))
		(void)tg_aip_commit(d->r, CP_SYNC_TIMEOUT);
	if (d->need_reclaim && !tg_aip_pending(d->r) &&
	    tg_region_reclaim(d->r, CP_SYNC_TIMEOUT) == 0)
		d->need_reclaim = false;
}

bool cp_wg_device_under_load(const struct cp_wg_device *d)
{
	return under_load(d, now_mono(d));
}

int cp_wg_device_initiate(struct cp_wg_device *d, const uint8_t pub[32])
{
	struct cp_wg_peer *p = find_peer(d, pub);

	return p ? send_initiation(d, p) : -ENOENT;
}

/* ---- configuration ------------------------------------------------------ */

struct cp_wg_device *cp_wg_device_new(struct tg_region *r,
				      const struct tg_clock *clk)
{
	struct cp_wg_device *d = calloc(1, sizeof(*d));

	if (!d)
		return NULL;
	d->r = r;
	d->clk = clk;
	d->max_peers = r->hdr->sizes.max_peers;
	d->n_workers = r->hdr->sizes.max_workers;
	uint32_t n = d->max_peers ? d->max_peers : 1;

	d->peers = calloc(n, sizeof(*d->peers));
	d->order = calloc(n, sizeof(*d->order));
	d->pos = calloc(n, sizeof(*d->pos));
	d->free_idx = calloc(n, sizeof(*d->free_idx));
	d->by_slot = calloc(n, sizeof(*d->by_slot));
	if (!d->peers || !d->order || !d->pos || !d->free_idx || !d->by_slot ||
	    cp_keyhash_init(&d->by_key, d->max_peers, 32, peer_key_of, d) ||
	    cp_keyhash_init(&d->orphans, d->max_peers, 32, orphan_key_of, d) ||
	    cp_keyhash_init(&d->by_index, d->max_peers, 4, peer_index_of, d) ||
	    tg_ratelimit_init(&d->rl, CP_RATELIMIT_ENTRIES, clk)) {
		cp_keyhash_free(&d->by_key);
		cp_keyhash_free(&d->orphans);
		cp_keyhash_free(&d->by_index);
		free(d->peers);
		free(d->order);
		free(d->pos);
		free(d->free_idx);
		free(d->by_slot);
		free(d);
		return NULL;
	}
	for (uint32_t i = 0; i < d->max_peers; i++) {
		d->free_idx[i] = d->max_peers - 1 - i; /* index 0 on top */
		d->by_slot[i] = TG_NONE;
	}
	d->n_free = d->max_peers;
	/* Every LIVE region peer is an orphan now: this device owns none. */
	for (uint32_t s = 0; s < d->max_peers; s++) {
		struct tg_peer_entry *e = tg_region_peer(r, s);

		if (atomic_load_explicit(&e->state, memory_order_acquire) == TG_SLOT_LIVE)
			(void)cp_keyhash_add(&d->orphans, e->pubkey, s); /* dup key: first wins */
	}
	tg_cookie_checker_init(&d->checker, NULL);
	return d;
}

void cp_wg_device_free(struct cp_wg_device *d)
{
	if (!d)
		return;
	/* The region keeps the peers and keypairs: the dp forwards on them
	 * across a cp restart. Only process memory is wiped here. */
	tg_wipe(d->peers, sizeof(*d->peers) * (d->max_peers ? d->max_peers : 1));
	free(d->peers);
	free(d->order);
	free(d->pos);
	free(d->free_idx);
	free(d->by_slot);
	cp_keyhash_free(&d->by_key);
	cp_keyhash_free(&d->orphans);
	cp_keyhash_free(&d->by_index);
	tg_ratelimit_free(&d->rl);
	tg_wipe(&d->local, sizeof(d->local));
	tg_cookie_checker_wipe(&d->checker);
	free(d);
}

int cp_wg_device_set_private_key(struct cp_wg_device *d, const uint8_t *key)
{
	if (key && d->local.has_key && tg_ct_eq(key, d->local.priv, 32))
		return 0;
	tg_noise_local_set(&d->local, key);
	tg_cookie_checker_init(&d->checker, key ? d->local.pub : NULL);
	for (uint32_t i = 0; i < d->n_order; i++) {
		if (d->order[i] == TG_NONE)
			continue;
		struct cp_wg_peer *p = &d->peers[d->order[i]];

		retire_all_kps(d, p);
		tg_noise_handshake_rekey_local(&p->hs, &d->local);
	}
	return 0;
}

bool cp_wg_device_get_private_key(const struct cp_wg_device *d, uint8_t out[32])
{
	if (!d->local.has_key)
		return false;
	memcpy(out, d->local.priv, 32);
	return true;
}

int cp_wg_device_set_listen_port(struct cp_wg_device *d, uint16_t port)
{
	d->listen_port = port;
	return 0;
}

uint16_t cp_wg_device_listen_port(const struct cp_wg_device *d)
{
	return d->listen_port;
}

static void mask_prefix(struct tg_cfg_prefix *out, const struct tg_cfg_prefix *in)
{
	int bytes = in->family == 6 ? 16 : 4;

	*out = *in;
	for (int i = 0; i < 16; i++) {
		int bits = (int)in->cidr - 8 * i; /* prefix bits in this byte */

		if (i >= bytes || bits <= 0)
			out->addr[i] = 0;
		else if (bits < 8)
			out->addr[i] &= (uint8_t)(0xff << (8 - bits));
	}
}

static bool prefix_eq(const struct tg_cfg_prefix *a, const struct tg_cfg_prefix *b)
{
	return a->family == b->family && a->cidr == b->cidr &&
	       memcmp(a->addr, b->addr, 16) == 0;
}

static int validate_prefix(const struct tg_cfg_prefix *a)
{
	if (a->family == 4)
		return a->cidr <= 32 ? 0 : -EINVAL;
	if (a->family == 6)
		return a->cidr <= 128 ? 0 : -EINVAL;
	return -EINVAL;
}

static bool prefix_in(const struct tg_cfg_prefix *a, const struct tg_cfg_prefix *list,
		      uint32_t n)
{
	for (uint32_t i = 0; i < n; i++)
		if (prefix_eq(&list[i], a))
			return true;
	return false;
}

/* A prefix belongs to one peer: the peer whose region slot held it loses it. */
static void disown_prefix(struct cp_wg_device *d, uint32_t slot,
			  const struct tg_cfg_prefix *a)
{
	uint32_t idx = slot < d->max_peers ? d->by_slot[slot] : TG_NONE;
	struct cp_wg_peer *p;

	if (idx == TG_NONE)
		return; /* an orphan's prefix: the orphan is retired later */
	p = &d->peers[idx];
	for (uint32_t j = 0; j < p->n_aips; j++) {
		if (prefix_eq(&p->aips[j], a)) {
			p->aips[j] = p->aips[--p->n_aips];
			return;
		}
	}
}

/* Stage the peer's new allowed IPs (p->aips always equals what is staged
 * for its slot) and commit, or leave the commit to the batch. Capacity is
 * checked first, so a full table changes nothing (-ENOSPC). */
static int apply_aips(struct cp_wg_device *d, struct cp_wg_peer *p,
		      const struct cp_wg_peer_cfg *cfg)
{
	struct tg_cfg_prefix list[TG_CFG_MAX_PEER_AIPS];
	uint32_t n = 0;
	int64_t need[2] = { 0, 0 };
	int rc;

	if (cfg->n_allowed_ips > TG_CFG_MAX_PEER_AIPS)
		return -E2BIG;
	if (!cfg->replace_allowed_ips) {
		memcpy(list, p->aips, sizeof(list[0]) * p->n_aips);
		n = p->n_aips;
	}
	for (uint32_t i = 0; i < cfg->n_allowed_ips; i++) {
		struct tg_cfg_prefix a;

		if ((rc = validate_prefix(&cfg->allowed_ips[i])))
			return rc;
		mask_prefix(&a, &cfg->allowed_ips[i]);
		if (prefix_in(&a, list, n))
			continue;
		if (n == TG_CFG_MAX_PEER_AIPS)
			return -E2BIG;
		list[n++] = a;
	}
	for (uint32_t i = 0; i < p->n_aips; i++)
		if (!prefix_in(&p->aips[i], list, n))
			need[p->aips[i].family == 6]--;
	for (uint32_t i = 0; i < n; i++)
		if (tg_aip_owner(d->r, list[i].family, list[i].addr, list[i].cidr) == TG_NONE)
			need[list[i].family == 6]++;
	for (int v6 = 0; v6 < 2; v6++) {
		int64_t room;

		if (need[v6] <= 0)
			continue;
		room = tg_aip_room(d->r, v6 ? 6 : 4);
		if (room < 0)
			return (int)room;
		if (need[v6] > room)
			return -ENOSPC;
	}
	for (uint32_t i = 0; i < p->n_aips; i++) {
		const struct tg_cfg_prefix *a = &p->aips[i];

		if (!prefix_in(a, list, n) &&
		    tg_aip_owner(d->r, a->family, a->addr, a->cidr) == p->slot)
			(void)tg_aip_remove(d->r, a->family, a->addr, a->cidr);
	}
	for (uint32_t i = 0; i < n; i++) {
		uint32_t owner = tg_aip_owner(d->r, list[i].family, list[i].addr, list[i].cidr);

		if (owner == p->slot)
			continue;
		rc = tg_aip_insert(d->r, list[i].family, list[i].addr, list[i].cidr, p->slot);
		if (rc)
			return rc; /* not after the room check, short of ENOMEM */
		if (owner != TG_NONE)
			disown_prefix(d, owner, &list[i]);
	}
	memcpy(p->aips, list, sizeof(list[0]) * n);
	p->n_aips = n;
	return aip_commit(d);
}

static bool slot_owned(const struct cp_wg_device *d, uint32_t slot)
{
	return slot < d->max_peers && d->by_slot[slot] != TG_NONE;
}

/* A LIVE region peer with this key that no peer of ours owns: left by a
 * previous cp process (DESIGN.md: a cp restart keeps live keypairs). */
static uint32_t find_orphan(const struct cp_wg_device *d, const uint8_t pub[32])
{
	uint32_t s = cp_keyhash_find(&d->orphans, pub);

	if (s == CP_KEYHASH_EMPTY || slot_owned(d, s) ||
	    atomic_load_explicit(&tg_region_peer(d->r, s)->state, memory_order_acquire) !=
		    TG_SLOT_LIVE)
		return TG_NONE;
	return s;
}

/* Resume timers for an adopted peer from what the region holds. */
static void adopt_state(struct cp_wg_device *d, struct cp_wg_peer *p)
{
	struct tg_peer_entry *e = entry(d, p);
	uint32_t cur = get_kp(&e->kp_current);
	struct cp_timer_stamps st;

	read_stamps(d, p, &st);
	p->timers.seen_rx = st.last_rx;
	p->timers.seen_tx = st.last_tx;
	p->timers.seen_data_rx = st.last_data_rx;
	p->timers.seen_data_tx = st.last_data_tx;
	p->seen_no_keypair = st.last_no_keypair;
	if (cur != TG_NONE)
		cp_timers_session_derived(&p->timers,
					  tg_region_keypair(d->r, cur)->birth_ns);
	tg_peer_endpoint_get(e, &p->endpoint);
}

static struct cp_wg_peer *new_peer(struct cp_wg_device *d,
				   const struct cp_wg_peer_cfg *cfg)
{
	struct cp_wg_peer *p;
	struct tg_peer_entry *e;
	uint32_t slot, idx;
	bool adopted;

	if (!d->n_free)
		return NULL;
	idx = d->free_idx[d->n_free - 1];
	p = &d->peers[idx];
	slot = find_orphan(d, cfg->public_key);
	adopted = slot != TG_NONE;
	if (!adopted && (slot = tg_peer_alloc(d->r)) == TG_NONE)
		return NULL;
	d->n_free--;
	if (adopted)
		(void)cp_keyhash_del(&d->orphans, cfg->public_key);
	memset(p, 0, sizeof(*p));
	p->used = true;
	p->slot = slot;
	memcpy(p->pub, cfg->public_key, 32);
	tg_noise_handshake_init(&p->hs, &d->local, cfg->public_key, NULL);
	tg_cookie_maker_init(&p->maker, cfg->public_key);
	cp_timers_init(&p->timers, 0);
	d->by_slot[slot] = idx;
	(void)cp_keyhash_add(&d->by_key, p->pub, idx); /* absent: find_peer said so */
	if (d->n_order == d->max_peers)
		close_holes(d);
	d->pos[idx] = d->n_order;
	d->order[d->n_order++] = idx;
	d->n_peers++;
	if (adopted) {
		adopt_state(d, p);
		return p;
	}
	e = tg_region_peer(d->r, slot);
	memcpy(e->pubkey, cfg->public_key, 32);
	set_kp(&e->kp_current, TG_NONE);
	set_kp(&e->kp_previous, TG_NONE);
	set_kp(&e->kp_next, TG_NONE);
	atomic_store_explicit(&e->flags, 0, memory_order_relaxed);
	tg_peer_publish(d->r, slot);
	return p;
}

static void drop_peer(struct cp_wg_device *d, struct cp_wg_peer *p)
{
	uint32_t idx = (uint32_t)(p - d->peers);

	uint32_t at = d->pos[idx];

	retire_all_kps(d, p);
	for (uint32_t i = 0; i < p->n_aips; i++) {
		const struct tg_cfg_prefix *a = &p->aips[i];

		if (tg_aip_owner(d->r, a->family, a->addr, a->cidr) == p->slot)
			(void)tg_aip_remove(d->r, a->family, a->addr, a->cidr);
	}
	/* Anything else still staged for the slot (none, by construction;
	 * O(1) to check) goes too: fail closed. */
	(void)tg_aip_remove_peer(d->r, p->slot);
	(void)aip_commit(d);
	tg_peer_retire(d->r, p->slot);
	d->need_reclaim = true;
	d->by_slot[p->slot] = TG_NONE;
	(void)cp_keyhash_del(&d->by_key, p->pub);
	note_index(d, p, 0);
	d->order[at] = TG_NONE;
	d->n_peers--;
	if (!d->batch)
		close_holes(d);
	d->free_idx[d->n_free++] = idx;
	tg_noise_handshake_wipe(&p->hs);
	tg_cookie_maker_wipe(&p->maker);
	tg_wipe(p, sizeof(*p));
}

int cp_wg_device_peer_upsert(struct cp_wg_device *d,
			     const struct cp_wg_peer_cfg *cfg)
{
	struct cp_wg_peer *p = find_peer(d, cfg->public_key);
	uint64_t now = now_mono(d);
	bool created = false;
	int rc;

	if (cfg->has_endpoint && cfg->endpoint.family != 4 &&
	    cfg->endpoint.family != 6 && cfg->endpoint.family != 0)
		return -EINVAL;
	if (!p) {
		p = new_peer(d, cfg);
		if (!p)
			return -ENOSPC;
		created = true;
	}
	rc = apply_aips(d, p, cfg);
	if (rc) {
		if (created)
			drop_peer(d, p);
		return rc;
	}
	if (cfg->has_psk) {
		static const uint8_t zero[32];

		p->has_psk = !tg_ct_eq(cfg->psk, zero, 32);
		tg_noise_handshake_set_psk(&p->hs, p->has_psk ? cfg->psk : NULL);
	}
	if (cfg->has_endpoint) {
		p->endpoint = cfg->endpoint;
		tg_peer_endpoint_set(entry(d, p), &cfg->endpoint);
	}
	if (cfg->has_keepalive && cfg->persistent_keepalive != p->persistent_keepalive) {
		p->persistent_keepalive = cfg->persistent_keepalive;
		cp_timers_set_persistent_keepalive(&p->timers,
						   cfg->persistent_keepalive, now);
	}
	return 0;
}

int cp_wg_device_retire_orphans(struct cp_wg_device *d)
{
	int n = 0;

	cp_wg_device_batch_begin(d);
	for (uint32_t s = 0; s < d->max_peers; s++) {
		struct tg_peer_entry *e = tg_region_peer(d->r, s);

		if (atomic_load_explicit(&e->state, memory_order_acquire) != TG_SLOT_LIVE ||
		    slot_owned(d, s))
			continue;
		retire_kp(d, &e->kp_next);
		retire_kp(d, &e->kp_current);
		retire_kp(d, &e->kp_previous);
		(void)tg_aip_remove_peer(d->r, s);
		tg_peer_retire(d->r, s);
		d->need_reclaim = true;
		n++;
	}
	cp_keyhash_clear(&d->orphans);
	(void)cp_wg_device_batch_end(d);
	return n;
}

int cp_wg_device_adopt_orphans(struct cp_wg_device *d)
{
	struct tg_aip_prefix pre[TG_CFG_MAX_PEER_AIPS];
	struct cp_wg_peer_cfg cfg;
	int n = 0;

	cp_wg_device_batch_begin(d);
	for (uint32_t s = 0; s < d->max_peers; s++) {
		struct tg_peer_entry *e = tg_region_peer(d->r, s);
		int k;

		if (atomic_load_explicit(&e->state, memory_order_acquire) != TG_SLOT_LIVE ||
		    slot_owned(d, s))
			continue;
		memset(&cfg, 0, sizeof(cfg));
		memcpy(cfg.public_key, e->pubkey, 32);
		tg_peer_endpoint_get(e, &cfg.endpoint);
		cfg.has_endpoint = cfg.endpoint.family != 0;
		k = tg_aip_peer_prefixes(d->r, s, pre, TG_CFG_MAX_PEER_AIPS);
		if (k < 0) {
			(void)cp_wg_device_batch_end(d);
			return k;
		}
		cfg.replace_allowed_ips = true;
		cfg.n_allowed_ips = (uint32_t)k;
		for (int i = 0; i < k; i++) {
			cfg.allowed_ips[i].family = pre[i].family;
			cfg.allowed_ips[i].cidr = pre[i].cidr;
			memcpy(cfg.allowed_ips[i].addr, pre[i].addr, 16);
		}
		if (cp_wg_device_peer_upsert(d, &cfg) == 0)
			n++;
	}
	(void)cp_wg_device_batch_end(d);
	return n;
}

void cp_wg_device_batch_begin(struct cp_wg_device *d)
{
	d->batch++;
}

int cp_wg_device_batch_end(struct cp_wg_device *d)
{
	if (!d->batch || --d->batch)
		return 0;
	close_holes(d);
	return tg_aip_pending(d->r) ? tg_aip_commit(d->r, TG_NS_PER_SEC) : 0;
}

int cp_wg_device_peer_remove(struct cp_wg_device *d, const uint8_t pub[32])
{
	struct cp_wg_peer *p = find_peer(d, pub);

	if (!p)
		return -ENOENT;
	drop_peer(d, p);
	return 0;
}

bool cp_wg_device_peer_exists(const struct cp_wg_device *d, const uint8_t pub[32])
{
	return find_peer(d, pub) != NULL;
}

bool cp_wg_device_peer_psk(const struct cp_wg_device *d, const uint8_t pub[32],
			   uint8_t out[32])
{
	const struct cp_wg_peer *p = find_peer(d, pub);

	if (!p || !p->has_psk)
		return false;
	memcpy(out, p->hs.psk, 32);
	return true;
}

size_t cp_wg_device_peer_count(const struct cp_wg_device *d)
{
	return d->n_peers;
}

static void fill_info(const struct cp_wg_device *d, const struct cp_wg_peer *p,
		      struct cp_wg_peer_info *out)
{
	memset(out, 0, sizeof(*out));
	memcpy(out->public_key, p->pub, 32);
	out->has_psk = p->has_psk;
	current_endpoint(d, p, &out->endpoint);
	out->persistent_keepalive = p->persistent_keepalive;
	out->last_handshake_wall_ns = p->last_handshake_wall_ns;
	out->rx_bytes = p->hs_rx_bytes;
	out->tx_bytes = p->hs_tx_bytes;
	for (uint32_t w = 0; w < d->n_workers; w++) {
		const struct tg_peer_counters *c = tg_region_peer_ctr(d->r, w, p->slot);

		out->rx_bytes += c->v[TG_PEER_rx_bytes];
		out->tx_bytes += c->v[TG_PEER_tx_bytes];
	}
	out->n_allowed_ips = p->n_aips;
	memcpy(out->allowed_ips, p->aips, sizeof(p->aips[0]) * p->n_aips);
	out->region_slot = p->slot;
}

int cp_wg_device_peer_info(const struct cp_wg_device *d, size_t i,
			   struct cp_wg_peer_info *out)
{
	if (i >= d->n_peers)
		return -ENOENT;
	if (d->n_order != d->n_peers) { /* inside a batch, after a removal */
		for (uint32_t k = 0; k < d->n_order; k++) {
			if (d->order[k] == TG_NONE)
				continue;
			if (i-- == 0) {
				fill_info(d, &d->peers[d->order[k]], out);
				return 0;
			}
		}
		return -ENOENT;
	}
	fill_info(d, &d->peers[d->order[i]], out);
	return 0;
}

int cp_wg_device_peer_info_key(const struct cp_wg_device *d, const uint8_t pub[32],
			       struct cp_wg_peer_info *out)
{
	const struct cp_wg_peer *p = find_peer(d, pub);

	if (!p)
		return -ENOENT;
	fill_info(d, p, out);
	return 0;
}

const uint64_t *cp_wg_device_hs_counters(const struct cp_wg_device *d)
{
	return d->hs;
}

uint32_t cp_wg_device_peer_slot(const struct cp_wg_device *d, const uint8_t pub[32])
{
	const struct cp_wg_peer *p = find_peer(d, pub);

	return p ? p->slot : TG_NONE;
}
