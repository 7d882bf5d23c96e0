/*
 * DPDK ethdev backend, setup side (docs/dataplane.md "DPDK backend"):
 * rte_eal_init with the config's EAL args, the mbuf pool, the configured
 * ports (by device name or kernel interface; one RX + TX queue per worker,
 * RSS when more than one), the net_tap exception ports, the XDP config of
 * net_af_xdp ports running our program, and teardown. Main thread, except
 * thread_init/fini which run on each worker. Per-packet ops: io_dpdk.c.
 */
#include <errno.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io_dpdk_priv.h"
#include "xdp_cfg.h"

/* ---- setup (main thread) -------------------------------------------------- */

/*
 * net_af_xdp does not detach its XDP program when the process is killed; a
 * restart then fails to set up the queue ("Failed to configure xdp
 * socket"). Before EAL probes the vdevs, remove a stale xdp_tailgate from
 * every net_af_xdp interface that loads our object (xdp_prog=...).
 */
static void detach_stale_vdev_progs(const struct tg_config *cfg)
{
	for (uint32_t i = 0; i < cfg->dataplane.n_eal_args; i++) {
		const char *a = cfg->dataplane.eal_args[i], *p;
		char ifname[IF_NAMESIZE];
		size_t n;

		if (!strstr(a, "net_af_xdp") || !strstr(a, "xdp_prog=") ||
		    !(p = strstr(a, "iface=")))
			continue;
		p += strlen("iface=");
		n = strcspn(p, ",");
		if (n == 0 || n >= sizeof(ifname))
			continue;
		memcpy(ifname, p, n);
		ifname[n] = 0;
		(void)dp_xdp_detach_stale(ifname);
	}
}

static int eal_init(const struct tg_config *cfg, char *err, size_t errlen)
{
	char *argv[DPDK_MAX_ARGS + 1];
	char argv0[] = "tailgate-dp";
	char *copy[TG_CFG_MAX_EAL_ARGS];
	int argc = 0, rc;

	argv[argc++] = argv0;
	for (uint32_t i = 0; i < cfg->dataplane.n_eal_args; i++) {
		copy[i] = strdup(cfg->dataplane.eal_args[i]);
		if (!copy[i]) {
			for (uint32_t j = 0; j < i; j++)
				free(copy[j]);
			return -ENOMEM;
		}
		argv[argc++] = copy[i];
	}
	argv[argc] = NULL;
	detach_stale_vdev_progs(cfg);
	rc = rte_eal_init(argc, argv);
	/* EAL keeps no pointer into argv after init returns. */
	for (uint32_t i = 0; i < cfg->dataplane.n_eal_args; i++)
		free(copy[i]);
	if (rc < 0) {
		snprintf(err, errlen, "dpdk: rte_eal_init failed: %s (check "
			 "dataplane.eal_args)", rte_strerror(rte_errno));
		return -(rte_errno ? rte_errno : EINVAL);
	}
	return 0;
}

/* DPDK port for a configured name: device name, or the kernel ifindex
 * the PMD reports (net_af_xdp, net_af_packet, net_tap). */
static int find_port(const char *name, uint16_t *out)
{
	unsigned ifindex = if_nametoindex(name);
	uint16_t pid;

	if (rte_eth_dev_get_port_by_name(name, out) == 0)
		return 0;
	RTE_ETH_FOREACH_DEV(pid) {
		struct rte_eth_dev_info di;

		if (ifindex && rte_eth_dev_info_get(pid, &di) == 0 &&
		    di.if_index == ifindex) {
			*out = pid;
			return 0;
		}
	}
	return -ENODEV;
}

static int port_setup(uint16_t pid, uint16_t nq, struct rte_mempool *pool,
		      bool rss, char *err, size_t errlen)
{
	struct rte_eth_conf conf;
	struct rte_eth_dev_info di;
	int rc, socket = rte_eth_dev_socket_id(pid);
	const char *what = "rte_eth_dev_info_get";

	memset(&conf, 0, sizeof(conf));
	rc = rte_eth_dev_info_get(pid, &di);
	if (rc)
		goto fail;
	if (nq > 1 && rss) {
		conf.rxmode.mq_mode = RTE_ETH_MQ_RX_RSS;
		conf.rx_adv_conf.rss_conf.rss_hf =
			(RTE_ETH_RSS_IP | RTE_ETH_RSS_UDP | RTE_ETH_RSS_TCP) &
			di.flow_type_rss_offloads;
	}
	if (socket < 0)
		socket = (int)rte_socket_id();
	what = "rte_eth_dev_configure";
	rc = rte_eth_dev_configure(pid, nq, nq, &conf);
	for (uint16_t q = 0; rc == 0 && q < nq; q++) {
		what = "rte_eth_rx_queue_setup";
		rc = rte_eth_rx_queue_setup(pid, q, DPDK_RX_DESC, (unsigned)socket,
					    NULL, pool);
	}
	for (uint16_t q = 0; rc == 0 && q < nq; q++) {
		what = "rte_eth_tx_queue_setup";
		rc = rte_eth_tx_queue_setup(pid, q, DPDK_TX_DESC, (unsigned)socket,
					    NULL);
	}
	if (rc == 0) {
		what = "rte_eth_dev_start";
		rc = rte_eth_dev_start(pid);
	}
	if (rc == 0)
		return 0;
fail:
	snprintf(err, errlen, "dpdk: port %u: %s: %s", pid, what, rte_strerror(-rc));
	return rc < 0 ? rc : -rc;
}

static void dpdk_close(struct dp_backend *b, struct dp_worker *ws, uint32_t n)
{
	struct dpdk *d = b->priv;

	if (!d)
		return;
	for (uint16_t p = 0; p < d->n_ports; p++) {
		if (d->started[p]) {
			rte_eth_dev_stop(d->port_id[p]);
			rte_eth_dev_close(d->port_id[p]);
		}
	}
	for (uint16_t p = 0; p < TG_MAX_PORTS; p++) {
		if (d->exc_started[p]) {
			rte_eth_dev_stop((uint16_t)d->exc_port[p]);
			rte_eth_dev_close((uint16_t)d->exc_port[p]);
		}
	}
	if (d->pool)
		rte_mempool_free(d->pool);
	for (uint32_t i = 0; i < n; i++) {
		free(ws[i].io_priv);
		ws[i].io_priv = NULL;
	}
	if (d->eal_up)
		rte_eal_cleanup();
	free(d);
	b->priv = NULL;
}

static int dpdk_thread_init(struct dp_backend *b, struct dp_worker *w)
{
	(void)b; (void)w;
	return rte_thread_register() == 0 ? 0 : -(rte_errno ? rte_errno : EINVAL);
}

static void dpdk_thread_fini(struct dp_backend *b, struct dp_worker *w)
{
	(void)b; (void)w;
	rte_thread_unregister();
}

static const char *dpdk_ifname(struct dp_backend *b, uint16_t port)
{
	struct dpdk *d = b->priv;

	if (!d || port >= d->n_ports)
		return NULL;
	/* With an exception TAP the kernel's addresses, routes and ARP live
	 * there; else on the interface the PMD sits on (net_af_xdp). */
	if (d->exc_kname[port][0])
		return d->exc_kname[port];
	return d->kname[port][0] ? d->kname[port] : NULL;
}

static int dpdk_port_mac(struct dp_backend *b, uint16_t port, uint8_t mac[6])
{
	struct dpdk *d = b->priv;
	struct rte_ether_addr a;

	if (!d || port >= d->n_ports)
		return -EINVAL;
	if (rte_eth_macaddr_get(d->port_id[port], &a))
		return -EIO;
	memcpy(mac, a.addr_bytes, 6);
	return 0;
}

/* The k-th net_tap port not listed in the config mirrors dp port k. */
static int exceptions_open(struct dpdk *d, char *err, size_t errlen)
{
	uint16_t pid, k = 0;
	int rc;

	RTE_ETH_FOREACH_DEV(pid) {
		char name[RTE_ETH_NAME_MAX_LEN];
		struct rte_eth_dev_info di;
		struct rte_ether_addr mac;
		bool listed = false;

		for (uint16_t p = 0; p < d->n_ports; p++)
			listed |= d->port_id[p] == pid;
		if (listed || k >= d->n_ports ||
		    rte_eth_dev_get_name_by_port(pid, name) != 0 ||
		    strncmp(name, "net_tap", 7) != 0)
			continue;
		/* The kernel must answer ARP with the NIC's address. */
		if (rte_eth_macaddr_get(d->port_id[k], &mac) == 0 &&
		    rte_eth_dev_default_mac_addr_set(pid, &mac) != 0) {
			snprintf(err, errlen, "dpdk: %s: cannot set the TAP's MAC", name);
			return -EIO;
		}
		rc = port_setup(pid, (uint16_t)d->n_workers, d->pool, false, err,
				errlen);
		if (rc)
			return rc;
		d->exc_port[k] = pid;
		d->exc_started[k] = true;
		d->has_exc = true;
		if (rte_eth_dev_info_get(pid, &di) == 0 && di.if_index)
			if_indextoname(di.if_index, d->exc_kname[k]);
		k++;
	}
	return 0;
}

static int ports_open(struct dpdk *d, const struct tg_config *cfg,
		      char *err, size_t errlen)
{
	int rc;

	for (uint16_t p = 0; p < cfg->dataplane.n_ports; p++) {
		const char *name = cfg->dataplane.ports[p].interface;
		struct rte_eth_dev_info di;

		if (cfg->dataplane.ports[p].queues &&
		    cfg->dataplane.ports[p].queues < d->n_workers) {
			snprintf(err, errlen, "dpdk: %s has %u queues for %u workers",
				 name, cfg->dataplane.ports[p].queues, d->n_workers);
			return -EINVAL;
		}
		if (find_port(name, &d->port_id[p])) {
			snprintf(err, errlen, "dpdk: no DPDK port \"%s\" (by device "
				 "name or kernel interface; %u ports probed)",
				 name, rte_eth_dev_count_avail());
			return -ENODEV;
		}
		d->n_ports = (uint16_t)(p + 1);
		rc = rte_eth_dev_info_get(d->port_id[p], &di);
		if (rc == 0 && (di.max_rx_queues < d->n_workers ||
				di.max_tx_queues < d->n_workers)) {
			snprintf(err, errlen, "dpdk: %s offers %u RX / %u TX queues "
				 "for %u workers (net_af_xdp: queue_count=N)",
				 name, di.max_rx_queues, di.max_tx_queues, d->n_workers);
			return -EINVAL;
		}
		rc = port_setup(d->port_id[p], (uint16_t)d->n_workers, d->pool,
				true, err, errlen);
		if (rc)
			return rc;
		d->started[p] = true;
		if (rte_eth_dev_info_get(d->port_id[p], &di) == 0 && di.if_index &&
		    if_indextoname(di.if_index, d->kname[p])) {
			/* net_af_xdp with xdp_prog=xdp_tailgate: configure it so
			 * the kernel keeps ARP/SSH. Other programs: left alone. */
			rc = dp_xdp_cfg_write_ifindex((int)di.if_index, cfg);
			if (rc && rc != -ENOENT) {
				snprintf(err, errlen, "dpdk: configuring %s on %s: %s",
					 TG_XDP_PROG_NAME, d->kname[p], strerror(-rc));
				return rc;
			}
		}
	}
	return 0;
}

int dp_dpdk_open(struct dp_backend *b, const struct tg_config *cfg,
		 const struct dp_backend_opts *opts, struct dp_worker *ws,
		 uint32_t n_workers, char *err, size_t errlen)
{
	struct dpdk *d;
	unsigned nbufs;
	int rc;

	(void)opts;
	memset(b, 0, sizeof(*b));
	b->name = "dpdk";
	b->close = dpdk_close;
	b->thread_init = dpdk_thread_init;
	b->thread_fini = dpdk_thread_fini;
	b->kernel_ifname = dpdk_ifname;
	b->port_mac = dpdk_port_mac;
	if (!cfg->dataplane.n_ports || cfg->dataplane.n_ports > TG_MAX_PORTS ||
	    !n_workers) {
		snprintf(err, errlen, "dpdk: %u ports, %u workers configured",
			 cfg->dataplane.n_ports, n_workers);
		return -EINVAL;
	}
	d = calloc(1, sizeof(*d));
	if (!d) {
		snprintf(err, errlen, "dpdk: out of memory");
		return -ENOMEM;
	}
	b->priv = d;
	for (uint16_t p = 0; p < TG_MAX_PORTS; p++)
		d->exc_port[p] = -1;
	d->n_workers = n_workers;
	rc = eal_init(cfg, err, errlen);
	if (rc)
		goto fail;
	d->eal_up = true;
	nbufs = (cfg->dataplane.n_ports + 1) * n_workers *
			(DPDK_RX_DESC + DPDK_TX_DESC) + 4096;
	d->pool = rte_pktmbuf_pool_create("tg_mbuf", nbufs, DPDK_POOL_CACHE, 0,
					  RTE_MBUF_DEFAULT_BUF_SIZE,
					  (int)rte_socket_id());
	if (!d->pool) {
		rc = -(rte_errno ? rte_errno : ENOMEM);
		snprintf(err, errlen, "dpdk: mbuf pool of %u: %s", nbufs,
			 rte_strerror(-rc));
		goto fail;
	}
	rc = ports_open(d, cfg, err, errlen);
	if (rc)
		goto fail;
	rc = exceptions_open(d, err, errlen);
	if (rc)
		goto fail;
	b->ops = d->has_exc ? &dp_dpdk_ops : &dp_dpdk_ops_noexc;
	for (uint32_t i = 0; i < n_workers; i++) {
		struct dpdk_worker *k = calloc(1, sizeof(*k));

		if (!k) {
			snprintf(err, errlen, "dpdk: out of memory");
			rc = -ENOMEM;
			goto fail;
		}
		k->d = d;
		k->queue = (uint16_t)i;
		ws[i].io = b->ops;
		ws[i].io_priv = k;
	}
	return 0;
fail:
	dpdk_close(b, ws, n_workers);
	return rc;
}
