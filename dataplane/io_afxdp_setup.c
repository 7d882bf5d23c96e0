/*
 * Native AF_XDP backend, setup side (docs/dataplane.md "AF_XDP backend"):
 * loading and attaching the XDP program per port, one XSK + UMEM per
 * (port, worker queue), clean detach. Main thread only; the per-packet ops
 * are in io_afxdp.c.
 */
#include <errno.h>
#include <linux/if_link.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "io_afxdp_priv.h"
#include "xdp_cfg.h"

/* ---- setup (main thread) -------------------------------------------------- */

static void q_close(struct afxdp_q *q)
{
	if (q->xsk)
		xsk_socket__delete(q->xsk);
	if (q->umem)
		xsk_umem__delete(q->umem);
	if (q->area)
		munmap(q->area, (size_t)AFXDP_FRAMES * AFXDP_FRAME);
	memset(q, 0, sizeof(*q));
}

static int q_open(struct afxdp_q *q, const struct afxdp_port *pt, uint32_t queue,
		  bool want_zc, char *err, size_t errlen)
{
	struct xsk_umem_config uc = {
		.fill_size = AFXDP_RING, .comp_size = AFXDP_RING,
		.frame_size = AFXDP_FRAME, .frame_headroom = AFXDP_HEADROOM,
	};
	struct xsk_socket_config sc = {
		.rx_size = AFXDP_RING, .tx_size = AFXDP_RING,
		.libxdp_flags = XSK_LIBXDP_FLAGS__INHIBIT_PROG_LOAD,
	};
	size_t size = (size_t)AFXDP_FRAMES * AFXDP_FRAME;
	const char *what;
	int rc;

	q->area = mmap(NULL, size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE, -1, 0);
	if (q->area == MAP_FAILED) {
		q->area = NULL;
		rc = -errno;
		what = "UMEM mmap";
		goto fail;
	}
	rc = xsk_umem__create(&q->umem, q->area, size, &q->fq, &q->cq, &uc);
	if (rc) {
		what = "xsk_umem__create";
		goto fail;
	}
	sc.bind_flags = XDP_USE_NEED_WAKEUP | (want_zc ? XDP_ZEROCOPY : XDP_COPY);
	rc = xsk_socket__create(&q->xsk, pt->ifname, queue, q->umem, &q->rx,
				&q->tx, &sc);
	if (rc && want_zc) {
		/* The driver cannot do zero-copy (veth, generic XDP): copy. */
		sc.bind_flags = XDP_USE_NEED_WAKEUP | XDP_COPY;
		rc = xsk_socket__create(&q->xsk, pt->ifname, queue, q->umem,
					&q->rx, &q->tx, &sc);
		want_zc = false;
	}
	if (rc) {
		what = "xsk_socket__create";
		goto fail;
	}
	q->is_zc = want_zc;
	q->fd = xsk_socket__fd(q->xsk);
	rc = xsk_socket__update_xskmap(q->xsk, pt->xsks_fd);
	if (rc) {
		what = "inserting the socket into the XSKMAP";
		goto fail;
	}
	for (uint32_t i = 0; i < AFXDP_FRAMES; i++)
		q->stack[q->n_free++] = (uint64_t)(AFXDP_FRAMES - 1 - i) * AFXDP_FRAME;
	dp_afxdp_refill(q);
	return 0;
fail:
	rc = rc < 0 ? rc : -rc;
	snprintf(err, errlen, "afxdp: %s on %s queue %u: %s", what, pt->ifname,
		 queue, strerror(-rc));
	q_close(q);
	return rc;
}

static int try_attach(struct afxdp_port *pt, uint32_t mode)
{
	int rc = bpf_xdp_attach(pt->ifindex, pt->prog_fd,
				XDP_FLAGS_UPDATE_IF_NOEXIST | mode, NULL);

	if (rc == -EBUSY || rc == -EEXIST) {
		if (!dp_xdp_attached_is_ours(pt->ifindex, mode))
			return -EBUSY;
		fprintf(stderr, "tailgate-dp: %s: replacing a stale %s program\n",
			pt->ifname, TG_XDP_PROG_NAME);
		rc = bpf_xdp_attach(pt->ifindex, pt->prog_fd, mode, NULL);
	}
	if (rc == 0)
		pt->attach_flags = mode;
	return rc;
}

static int port_attach(struct afxdp_port *pt, const char *xdp_mode, char *err,
		       size_t errlen)
{
	bool native = strcmp(xdp_mode, "skb") != 0;
	bool fallback = strcmp(xdp_mode, "auto") == 0 || xdp_mode[0] == 0;
	int rc = -EINVAL;

	if (native) {
		rc = try_attach(pt, XDP_FLAGS_DRV_MODE);
		pt->mode = "native";
	}
	if (rc && (!native || fallback)) {
		rc = try_attach(pt, XDP_FLAGS_SKB_MODE);
		pt->mode = "skb";
	}
	if (rc) {
		snprintf(err, errlen,
			 "afxdp: attaching XDP (%s) to %s: %s%s", xdp_mode,
			 pt->ifname, strerror(-rc),
			 rc == -EBUSY ? " (another XDP program is attached; "
					"`ip link set dev IF xdp off` if it is stale)" : "");
		pt->mode = "none";
	}
	return rc;
}

static int port_open(struct afxdp_port *pt, const char *ifname,
		     const struct tg_config *cfg, const char *obj_path,
		     char *err, size_t errlen)
{
	struct bpf_program *prog;
	struct bpf_map *m;
	int rc;

	snprintf(pt->ifname, sizeof(pt->ifname), "%s", ifname);
	pt->ifindex = (int)if_nametoindex(ifname);
	if (!pt->ifindex) {
		snprintf(err, errlen, "afxdp: no interface \"%s\"", ifname);
		return -ENODEV;
	}
	pt->obj = bpf_object__open_file(obj_path, NULL);
	if (!pt->obj) {
		rc = -errno;
		snprintf(err, errlen, "afxdp: opening BPF object \"%s\": %s",
			 obj_path, strerror(-rc));
		return rc;
	}
	rc = bpf_object__load(pt->obj);
	if (rc) {
		snprintf(err, errlen, "afxdp: loading BPF object \"%s\": %s",
			 obj_path, strerror(-rc));
		return rc;
	}
	prog = bpf_object__find_program_by_name(pt->obj, TG_XDP_PROG_NAME);
	m = bpf_object__find_map_by_name(pt->obj, TG_XDP_XSKS_MAP);
	if (!prog || !m || !bpf_object__find_map_by_name(pt->obj, TG_XDP_STATS_MAP)) {
		snprintf(err, errlen, "afxdp: \"%s\" lacks program %s or its maps",
			 obj_path, TG_XDP_PROG_NAME);
		return -ENOENT;
	}
	pt->prog_fd = bpf_program__fd(prog);
	pt->xsks_fd = bpf_map__fd(m);
	pt->stats_fd = bpf_map__fd(bpf_object__find_map_by_name(pt->obj, TG_XDP_STATS_MAP));
	m = bpf_object__find_map_by_name(pt->obj, TG_XDP_CFG_MAP);
	rc = m ? dp_xdp_cfg_write(bpf_map__fd(m), cfg) : -ENOENT;
	if (rc) {
		snprintf(err, errlen, "afxdp: writing %s: %s", TG_XDP_CFG_MAP,
			 strerror(-rc));
		return rc;
	}
	return port_attach(pt, cfg->dataplane.xdp_mode, err, errlen);
}

static void port_close(struct afxdp_port *pt)
{
	if (pt->attach_flags) {
		struct bpf_xdp_attach_opts o = { .sz = sizeof(o),
						 .old_prog_fd = pt->prog_fd };

		/* REPLACE + old_prog_fd: only remove it if it is still ours. */
		bpf_xdp_detach(pt->ifindex, pt->attach_flags | XDP_FLAGS_REPLACE, &o);
		pt->attach_flags = 0;
	}
	if (pt->obj)
		bpf_object__close(pt->obj);
	pt->obj = NULL;
}

static void afxdp_close(struct dp_backend *b, struct dp_worker *ws, uint32_t n)
{
	struct afxdp *a = b->priv;

	if (!a)
		return;
	/* Sockets first: the program then finds empty XSKMAP slots and drops
	 * (fail closed) until it is detached a moment later. */
	for (uint32_t i = 0; a->wk && i < a->n_workers; i++)
		for (uint16_t p = 0; p < a->n_ports; p++)
			q_close(&a->wk[i].q[p]);
	for (uint16_t p = 0; p < a->n_ports; p++)
		port_close(&a->port[p]);
	for (uint32_t i = 0; i < n; i++)
		ws[i].io_priv = NULL;
	free(a->wk);
	free(a);
	b->priv = NULL;
}

static const char *afxdp_ifname(struct dp_backend *b, uint16_t port)
{
	struct afxdp *a = b->priv;

	return a && port < a->n_ports ? a->port[port].ifname : NULL;
}

static int afxdp_port_mac(struct dp_backend *b, uint16_t port, uint8_t mac[6])
{
	(void)b; (void)port; (void)mac;
	return -ENOTSUP; /* the kernel interface's own MAC: neigh reads it */
}

int dp_afxdp_open(struct dp_backend *b, const struct tg_config *cfg,
		  const struct dp_backend_opts *opts, struct dp_worker *ws,
		  uint32_t n_workers, char *err, size_t errlen)
{
	const char *obj = opts && opts->bpf_obj ? opts->bpf_obj : DP_AFXDP_DEFAULT_OBJ;
	struct afxdp *a;
	int rc;

	memset(b, 0, sizeof(*b));
	b->name = "afxdp";
	b->ops = &dp_afxdp_ops;
	b->close = afxdp_close;
	b->kernel_ifname = afxdp_ifname;
	b->port_mac = afxdp_port_mac;
	if (!cfg->dataplane.n_ports || cfg->dataplane.n_ports > TG_MAX_PORTS) {
		snprintf(err, errlen, "afxdp: %u ports configured (1..%u)",
			 cfg->dataplane.n_ports, TG_MAX_PORTS);
		return -EINVAL;
	}
	a = calloc(1, sizeof(*a));
	if (!a)
		goto nomem;
	b->priv = a;
	a->wk = calloc(n_workers, sizeof(*a->wk));
	if (!a->wk)
		goto nomem;
	a->n_workers = n_workers;
	for (uint16_t p = 0; p < cfg->dataplane.n_ports; p++) {
		const struct tg_cfg_port *cp = &cfg->dataplane.ports[p];

		a->n_ports = (uint16_t)(p + 1);
		if (cp->queues && cp->queues < n_workers) {
			snprintf(err, errlen, "afxdp: %s has %u queues for %u workers",
				 cp->interface, cp->queues, n_workers);
			rc = -EINVAL;
			goto fail;
		}
		rc = port_open(&a->port[p], cp->interface, cfg, obj, err, errlen);
		if (rc)
			goto fail;
	}
	for (uint32_t i = 0; i < n_workers; i++) {
		a->wk[i].n_ports = a->n_ports;
		for (uint16_t p = 0; p < a->n_ports; p++) {
			rc = q_open(&a->wk[i].q[p], &a->port[p], i,
				    cfg->dataplane.zero_copy, err, errlen);
			if (rc)
				goto fail;
		}
		ws[i].io = &dp_afxdp_ops;
		ws[i].io_priv = &a->wk[i];
	}
	return 0;
nomem:
	snprintf(err, errlen, "afxdp: out of memory");
	rc = -ENOMEM;
fail:
	afxdp_close(b, ws, n_workers);
	return rc;
}

int dp_afxdp_xdp_stats(struct dp_backend *b, uint16_t port,
		       uint64_t out[TG_XDP_ST__COUNT])
{
	struct afxdp *a = b->priv;
	int ncpu = libbpf_num_possible_cpus();
	uint64_t *v;

	if (!a || port >= a->n_ports || ncpu <= 0)
		return -EINVAL;
	v = calloc((size_t)ncpu, sizeof(*v));
	if (!v)
		return -ENOMEM;
	for (uint32_t k = 0; k < TG_XDP_ST__COUNT; k++) {
		out[k] = 0;
		if (bpf_map_lookup_elem(a->port[port].stats_fd, &k, v))
			continue;
		for (int c = 0; c < ncpu; c++)
			out[k] += v[c];
	}
	free(v);
	return 0;
}

const char *dp_afxdp_port_mode(struct dp_backend *b, uint16_t port)
{
	struct afxdp *a = b->priv;

	if (!a || port >= a->n_ports)
		return "none";
	return a->port[port].mode ? a->port[port].mode : "none";
}
