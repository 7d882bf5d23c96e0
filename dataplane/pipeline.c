/*
 * The worker loop body and worker setup (STYLE.md "Dataplane"; DESIGN.md
 * "Packet paths"). One iteration: clock, QSBR quiescent state, RX burst
 * per port -> classify -> decap -> forward (tunnel to internet) and
 * return path -> encap (internet to tunnel), then the inject ring, an
 * incremental NAT sweep and the TX drain timer.
 * dp_worker_poll_once runs on the worker's lcore (the backend's loop);
 * dp_pipeline_setup / dp_worker_init / dp_worker_stop are setup paths.
 * The packet filter's view is refreshed at the top of each iteration, right
 * after the quiescent point (filter_dp.c).
 */
#include <errno.h>
#include <string.h>

#include "neigh.h"
#include "stages.h"

/* The daemon plugs the neighbour table in through these types. */
_Static_assert(__builtin_types_compatible_p(__typeof__(&dp_neigh_lookup4), dp_nh_lookup4_fn),
	       "dp_neigh_lookup4 matches dp_nh_lookup4_fn");
_Static_assert(__builtin_types_compatible_p(__typeof__(&dp_neigh_port_mac), dp_nh_port_mac_fn),
	       "dp_neigh_port_mac matches dp_nh_port_mac_fn");

int dp_pipeline_setup(struct tg_region *r, uint32_t n_workers, uint64_t seed)
{
	const struct tg_netcfg *c = tg_region_netcfg(r);
	size_t bytes = 0;
	void *area = tg_region_conntrack(r, &bytes);

	if (!n_workers || n_workers > r->hdr->sizes.max_workers)
		return -EINVAL;
	if (!c->egress_addr4 || !c->nat_port_lo || c->nat_port_hi < c->nat_port_lo)
		return 0; /* egress disabled */
	if (c->listen_port >= c->nat_port_lo && c->listen_port <= c->nat_port_hi)
		return -EINVAL; /* the WireGuard port may not be a NAT port */
	return dp_nat_format(area, bytes, n_workers, c->nat_port_lo, c->nat_port_hi, seed);
}

int dp_worker_pipeline_init(struct dp_worker *w, dp_nh_lookup4_fn nh_lookup4,
			    dp_nh_port_mac_fn nh_port_mac, const struct tg_clock *clock)
{
	size_t bytes = 0;
	void *area;
	int rc;

	if (!w->region || !w->io || !w->io->rx_burst || !w->io->tx_burst ||
	    !w->io->alloc || !w->io->free || w->n_ports == 0 ||
	    w->n_ports > TG_MAX_PORTS || w->tailnet_port >= w->n_ports ||
	    w->internet_port >= w->n_ports || w->burst > DP_BURST_MAX ||
	    w->id >= w->region->hdr->sizes.max_workers)
		return -EINVAL;
	if (!w->burst)
		w->burst = DP_BURST_MAX;
	w->ctr = tg_region_worker_ctr(w->region, w->id);
	w->epoch = tg_region_epoch(w->region, w->id);
	w->nh_lookup4 = nh_lookup4;
	w->nh_port_mac = nh_port_mac;
	w->clock = clock;
	w->cfg = tg_region_netcfg(w->region);
	w->last_flush_ns = 0;
	for (uint16_t p = 0; p < TG_MAX_PORTS; p++)
		w->tx[p].n = 0;
	w->nat_part = w->id;
	w->icmp_tokens = 0;
	w->icmp_refill_ns = UINT64_MAX; /* first use fills the bucket */
	area = tg_region_conntrack(w->region, &bytes);
	if (dp_nat_attach(&w->nat, area, bytes) < 0 || w->nat_part >= dp_nat_parts(&w->nat))
		w->nat.base = NULL; /* egress disabled (see dp_pipeline_setup) */
	rc = dp_filter_setup(w);
	if (rc < 0)
		return rc;
	tg_region_worker_online(w->region, w->id);
	return 0;
}

int dp_worker_init(struct dp_worker *w, const struct dp_worker_cfg *cfg)
{
	if (!cfg->region || !cfg->io)
		return -EINVAL;
	memset(w, 0, sizeof(*w));
	w->id = cfg->id;
	w->region = cfg->region;
	w->io = cfg->io;
	w->io_priv = cfg->io_priv;
	w->neigh = cfg->neigh;
	w->n_ports = cfg->n_ports;
	w->tailnet_port = cfg->tailnet_port;
	w->internet_port = cfg->internet_port;
	w->burst = cfg->burst;
	w->drain_ns = cfg->drain_ns;
	return dp_worker_pipeline_init(w, cfg->nh_lookup4, cfg->nh_port_mac, cfg->clock);
}

static void rx_port(struct dp_worker *w, uint16_t port)
{
	struct dp_pkt pkts[DP_BURST_MAX], wg[DP_BURST_MAX], ret[DP_BURST_MAX];
	struct dp_pkt_meta rmeta[DP_BURST_MAX];
	uint16_t n, n_wg = 0, n_ret = 0;

	n = w->io->rx_burst(w, port, pkts, w->burst);
	if (!n)
		return;
	w->ctr->port[port][TG_PORT_rx_bursts]++;
	w->ctr->port[port][TG_PORT_rx_packets] += n;
	for (uint16_t i = 0; i < n; i++) {
		pkts[i].port = port;
		w->ctr->port[port][TG_PORT_rx_bytes] += pkts[i].len;
	}
	dp_classify(w, pkts, n, wg, w->meta, &n_wg, ret, &n_ret);
	if (n_wg) {
		n_wg = dp_decap(w, wg, w->meta, n_wg);
		dp_forward(w, wg, w->meta, n_wg);
	}
	if (n_ret) {
		n_ret = dp_retpath(w, ret, rmeta, n_ret);
		dp_encap(w, ret, rmeta, n_ret);
	}
}

void dp_worker_poll_once(struct dp_worker *w)
{
	w->now_ns = w->clock ? w->clock->mono_ns(w->clock->ctx) : tg_mono_ns();
	tg_region_worker_quiescent(w->region, w->epoch);
	atomic_store_explicit(&w->epoch->alive_ns, w->now_ns, memory_order_relaxed);
	w->cfg = tg_region_netcfg(w->region);
	dp_filter_refresh(w);
	tg_filter_flows_tick(&w->flows, w->now_ns);
	w->ctr->loops++;
	if (w->n_parked) /* before new packets that may share a next hop */
		dp_tx_park_poll(w);
	for (uint16_t p = 0; p < w->n_ports; p++)
		rx_port(w, p);
	dp_inject_poll(w);
	if (w->nat.base) {
		w->ctr->path[TG_PATH_nat_expired] += w->nat.lazy_expired +
			dp_nat_sweep(&w->nat, w->nat_part, w->now_ns, DP_NAT_SWEEP_PER_LOOP);
		w->nat.lazy_expired = 0;
	}
	if (w->now_ns - w->last_flush_ns >= w->drain_ns) {
		dp_tx_flush_all(w);
		w->last_flush_ns = w->now_ns;
	}
}

void dp_worker_stop(struct dp_worker *w)
{
	dp_tx_release_parked(w);
	dp_tx_flush_all(w);
	tg_region_worker_offline(w->region, w->id);
	dp_filter_teardown(w);
}
