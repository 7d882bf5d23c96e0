/*
 * Native AF_XDP backend (DESIGN.md "Packet paths", AF_XDP mode; docs/
 * dataplane.md "AF_XDP"). Owns: the XDP program on each port (loaded from
 * bpf/xdp_tailgate.bpf.c, one object per port so every port has its own
 * XSKMAP), one XSK + UMEM per (port, worker queue), and the frame pools.
 *
 * Threads: dp_afxdp_open/close run on the main thread; the ops run on the
 * worker that owns the queue (w->io_priv), touching only its own rings.
 * The fast path makes no allocation; its only syscalls are the wakeups the
 * kernel asks for through need_wakeup (sendto for TX, recvfrom for fill).
 *
 * Frames: each UMEM holds AFXDP_FRAMES frames of AFXDP_FRAME bytes.
 * A frame is in exactly one place: the worker's free stack, the fill ring,
 * the RX ring / a dp_pkt the pipeline holds, or the TX/completion rings.
 * dp_pkt.handle = UMEM offset | (port << 56), so free/tx find the owner.
 * A packet transmitted on another port than its UMEM's is copied into a
 * frame of the destination socket (UMEMs are not shared between ports).
 */
#include <errno.h>
#include <linux/if_link.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <xdp/xsk.h>

#include "io_afxdp.h"
#include "xdp_cfg.h"

#define AFXDP_FRAME 4096u           /* XSK_UMEM__DEFAULT_FRAME_SIZE */
#define AFXDP_FRAMES 4096u
#define AFXDP_RING 2048u            /* rx, tx, fill, completion */
#define AFXDP_HEADROOM 256u         /* UMEM frame_headroom (encap room) */
#define AFXDP_FILL_RESERVE 512u     /* frames kept back for alloc/TX copies */
#define HANDLE_PORT_SHIFT 56
#define HANDLE_ADDR_MASK ((1ULL << HANDLE_PORT_SHIFT) - 1)

struct afxdp_q {
	struct xsk_socket *xsk;
	struct xsk_umem *umem;
	struct xsk_ring_cons rx, cq;
	struct xsk_ring_prod tx, fq;
	uint8_t *area;
	uint32_t n_free;
	uint32_t tx_outstanding;     /* submitted, not yet completed */
	uint64_t stack[AFXDP_FRAMES]; /* free frame base offsets */
	int fd;
	bool is_zc;
};

struct afxdp_worker {
	uint16_t n_ports;
	struct afxdp_q q[TG_MAX_PORTS];
};

struct afxdp_port {
	char ifname[IF_NAMESIZE];
	int ifindex;
	struct bpf_object *obj;
	int prog_fd, xsks_fd, stats_fd;
	uint32_t attach_flags;       /* XDP_FLAGS_*_MODE used, 0 = not attached */
	const char *mode;
};

struct afxdp {
	uint16_t n_ports;
	uint32_t n_workers;
	struct afxdp_port port[TG_MAX_PORTS];
	struct afxdp_worker *wk;     /* n_workers */
};

/* ---- frames --------------------------------------------------------------- */

static inline void frame_put(struct afxdp_q *q, uint64_t addr)
{
	if (q->n_free < AFXDP_FRAMES) /* a double free would overflow */
		q->stack[q->n_free++] = addr & ~(uint64_t)(AFXDP_FRAME - 1);
}

static inline struct afxdp_q *owner(struct afxdp_worker *wk, uint64_t handle)
{
	return &wk->q[(handle >> HANDLE_PORT_SHIFT) % TG_MAX_PORTS];
}

static void reap_completions(struct afxdp_q *q)
{
	uint32_t idx, n = xsk_ring_cons__peek(&q->cq, AFXDP_RING, &idx);

	for (uint32_t i = 0; i < n; i++)
		frame_put(q, *xsk_ring_cons__comp_addr(&q->cq, idx + i));
	if (n) {
		xsk_ring_cons__release(&q->cq, n);
		q->tx_outstanding -= n;
	}
}

static void refill(struct afxdp_q *q)
{
	uint32_t want, idx;

	if (q->n_free <= AFXDP_FILL_RESERVE)
		return;
	want = xsk_prod_nb_free(&q->fq, q->n_free - AFXDP_FILL_RESERVE);
	want = want > q->n_free - AFXDP_FILL_RESERVE ?
		       q->n_free - AFXDP_FILL_RESERVE : want;
	if (!want || xsk_ring_prod__reserve(&q->fq, want, &idx) != want)
		return;
	for (uint32_t i = 0; i < want; i++)
		*xsk_ring_prod__fill_addr(&q->fq, idx + i) = q->stack[--q->n_free];
	xsk_ring_prod__submit(&q->fq, want);
}

static inline void kick_tx(struct afxdp_q *q)
{
	/* Copy mode needs a sendto for every batch; zero-copy only when the
	 * driver asks. Errors (EAGAIN, EBUSY, ENOBUFS) mean "try later". */
	if (xsk_ring_prod__needs_wakeup(&q->tx))
		sendto(q->fd, NULL, 0, MSG_DONTWAIT, NULL, 0);
}

/* ---- ops (worker thread) -------------------------------------------------- */

static uint16_t afxdp_rx(struct dp_worker *w, uint16_t port,
			 struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;
	struct afxdp_q *q;
	uint32_t idx, got;

	if (port >= wk->n_ports)
		return 0;
	q = &wk->q[port];
	reap_completions(q);
	refill(q);
	got = xsk_ring_cons__peek(&q->rx, n, &idx);
	if (!got) {
		if (xsk_ring_prod__needs_wakeup(&q->fq))
			recvfrom(q->fd, NULL, 0, MSG_DONTWAIT, NULL, NULL);
		return 0;
	}
	for (uint32_t i = 0; i < got; i++) {
		const struct xdp_desc *d = xsk_ring_cons__rx_desc(&q->rx, idx + i);
		uint64_t addr = d->addr;
		uint64_t base = addr & ~(uint64_t)(AFXDP_FRAME - 1);

		pkts[i].buf = q->area + base;
		pkts[i].data = q->area + addr;
		pkts[i].buf_len = AFXDP_FRAME;
		pkts[i].len = (uint16_t)d->len;
		pkts[i].port = port;
		pkts[i].handle = addr | ((uint64_t)port << HANDLE_PORT_SHIFT);
	}
	xsk_ring_cons__release(&q->rx, got);
	return (uint16_t)got;
}

static void afxdp_free(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;

	for (uint16_t i = 0; i < n; i++)
		frame_put(owner(wk, pkts[i].handle), pkts[i].handle & HANDLE_ADDR_MASK);
}

/* How many of pkts[0..n) fit: TX slots, and a frame for each foreign one. */
static uint32_t tx_fit(struct afxdp_q *q, uint16_t port, const struct dp_pkt *pkts,
		       uint32_t n)
{
	uint32_t frames = q->n_free, i;

	n = xsk_prod_nb_free(&q->tx, n) < n ? xsk_prod_nb_free(&q->tx, n) : n;
	for (i = 0; i < n; i++) {
		if ((pkts[i].handle >> HANDLE_PORT_SHIFT) == port)
			continue;
		if (!frames || pkts[i].len > AFXDP_FRAME - AFXDP_HEADROOM)
			break;
		frames--;
	}
	return i;
}

static uint16_t afxdp_tx(struct dp_worker *w, uint16_t port,
			 struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;
	struct afxdp_q *q;
	uint32_t idx, k;

	if (port >= wk->n_ports || !n)
		return 0;
	q = &wk->q[port];
	reap_completions(q);
	k = tx_fit(q, port, pkts, n);
	if (!k || xsk_ring_prod__reserve(&q->tx, k, &idx) != k)
		return 0;
	for (uint32_t i = 0; i < k; i++) {
		struct xdp_desc *d = xsk_ring_prod__tx_desc(&q->tx, idx + i);
		const struct dp_pkt *p = &pkts[i];

		if ((p->handle >> HANDLE_PORT_SHIFT) == port) {
			d->addr = (uint64_t)(p->data - q->area);
		} else {
			uint64_t base = q->stack[--q->n_free];

			memcpy(q->area + base + AFXDP_HEADROOM, p->data, p->len);
			d->addr = base + AFXDP_HEADROOM;
			frame_put(owner(wk, p->handle), p->handle & HANDLE_ADDR_MASK);
		}
		d->len = p->len;
		d->options = 0;
	}
	xsk_ring_prod__submit(&q->tx, k);
	q->tx_outstanding += k;
	kick_tx(q);
	return (uint16_t)k;
}

static uint16_t afxdp_alloc(struct dp_worker *w, struct dp_pkt *pkts, uint16_t n)
{
	struct afxdp_worker *wk = w->io_priv;
	uint16_t got = 0;

	for (uint16_t port = 0; port < wk->n_ports && got < n; port++) {
		struct afxdp_q *q = &wk->q[port];

		while (got < n && q->n_free) {
			uint64_t base = q->stack[--q->n_free];

			pkts[got].buf = q->area + base;
			pkts[got].data = q->area + base + AFXDP_HEADROOM;
			pkts[got].buf_len = AFXDP_FRAME;
			pkts[got].len = 0;
			pkts[got].port = port;
			pkts[got].handle = (base + AFXDP_HEADROOM) |
					   ((uint64_t)port << HANDLE_PORT_SHIFT);
			got++;
		}
	}
	return got;
}

static void afxdp_flush(struct dp_worker *w)
{
	struct afxdp_worker *wk = w->io_priv;

	for (uint16_t p = 0; p < wk->n_ports; p++) {
		struct afxdp_q *q = &wk->q[p];

		reap_completions(q);
		if (q->tx_outstanding)
			kick_tx(q);
	}
}

static const struct dp_io_ops afxdp_ops = {
	.name = "afxdp",
	.rx_burst = afxdp_rx,
	.tx_burst = afxdp_tx,
	.alloc = afxdp_alloc,
	.free = afxdp_free,
	.to_kernel = NULL, /* the XDP program already passed what isn't ours */
	.flush = afxdp_flush,
};

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
	refill(q);
	return 0;
fail:
	rc = rc < 0 ? rc : -rc;
	snprintf(err, errlen, "afxdp: %s on %s queue %u: %s", what, pt->ifname,
		 queue, strerror(-rc));
	q_close(q);
	return rc;
}

/* Is the program attached to ifindex one of ours (a crashed earlier run)? */
static bool attached_is_ours(int ifindex, uint32_t mode)
{
	struct bpf_prog_info info;
	uint32_t id = 0, len = sizeof(info);
	bool ours = false;
	int fd;

	if (bpf_xdp_query_id(ifindex, (int)mode, &id) || !id)
		return false;
	fd = bpf_prog_get_fd_by_id(id);
	if (fd < 0)
		return false;
	memset(&info, 0, sizeof(info));
	if (!bpf_obj_get_info_by_fd(fd, &info, &len))
		ours = strcmp(info.name, TG_XDP_PROG_NAME) == 0;
	close(fd);
	return ours;
}

static int try_attach(struct afxdp_port *pt, uint32_t mode)
{
	int rc = bpf_xdp_attach(pt->ifindex, pt->prog_fd,
				XDP_FLAGS_UPDATE_IF_NOEXIST | mode, NULL);

	if (rc == -EBUSY || rc == -EEXIST) {
		if (!attached_is_ours(pt->ifindex, mode))
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
	b->ops = &afxdp_ops;
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
		ws[i].io = &afxdp_ops;
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
