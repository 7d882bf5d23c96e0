/*
 * Punt: copy a packet into this worker's punt ring for the control plane
 * (region.h ring contract; DESIGN.md "Packet paths"): handshakes, disco,
 * STUN with their source endpoint, packets for our own tailnet addresses,
 * and ciphertext for DERP relay. The ring is SPSC (this worker produces).
 * Worker lcores only.
 */
#include "stages.h"

static const enum tg_path punt_path[] = {
	[TG_PUNT_HANDSHAKE] = TG_PATH_punt_handshake,
	[TG_PUNT_DISCO] = TG_PATH_punt_disco,
	[TG_PUNT_STUN] = TG_PATH_punt_disco,
	[TG_PUNT_LOCAL] = TG_PATH_punt_local,
	[TG_PUNT_RELAY] = TG_PATH_punt_relay,
};

int dp_punt(struct dp_worker *w, enum tg_ring_kind kind, const uint8_t *data,
	    uint16_t len, uint32_t peer, uint16_t port,
	    const struct tg_endpoint *src, const struct tg_endpoint *dst)
{
	struct tg_ring_meta m = {
		.kind = (uint16_t)kind,
		.len = len,
		.peer = peer,
		.worker = (uint16_t)w->id,
		.port = port,
		.ts_ns = w->now_ns,
	};
	int rc;

	if (len > TG_RING_SLOT_DATA) {
		w->ctr->drop[TG_DROP_too_big]++;
		return -1;
	}
	if (src)
		m.src = *src;
	if (dst)
		m.dst = *dst;
	rc = tg_ring_enqueue(tg_region_punt(w->region, w->id), &m, data);
	if (rc != 0) {
		w->ctr->drop[TG_DROP_punt_ring_full]++;
		return -1;
	}
	dp_count(w, punt_path[kind]);
	return 0;
}
