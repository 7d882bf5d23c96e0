/*
 * In-memory I/O backend (STYLE.md "Dataplane": the whole pipeline runs in
 * a unit test without NICs, hugepages or root). Ports are queues of
 * frames: tests push RX frames, the pipeline transmits into per-port TX
 * queues (and the kernel queue for the exception path) that tests pop.
 * Buffers come from a fixed pool with headroom, so leaks are visible.
 *
 * One dp_mem per worker; not thread-safe. Setup (create/destroy) on any
 * thread; the ops run on that worker.
 */
#ifndef DP_IO_MEM_H
#define DP_IO_MEM_H

#include <stddef.h>
#include <stdint.h>

#include "dp_io.h"

#define DP_MEM_QLEN 256

struct dp_mem;

extern const struct dp_io_ops dp_io_mem_ops;

/* nbufs buffers of buf_size bytes, `headroom` reserved before data. NULL
 * on bad sizes or no memory. */
struct dp_mem *dp_mem_create(uint32_t nbufs, uint32_t buf_size, uint32_t headroom);
void dp_mem_destroy(struct dp_mem *m);

/* Queue a received frame on port. 0, -ENOBUFS (queue/pool full),
 * -EMSGSIZE (does not fit a buffer). */
int dp_mem_rx_push(struct dp_mem *m, uint16_t port, const void *frame, size_t len);
/* Pop the oldest transmitted frame of port (kernel: the to_kernel queue).
 * Returns its length, or -1 when empty / -EMSGSIZE when cap is short. */
int dp_mem_tx_pop(struct dp_mem *m, uint16_t port, void *out, size_t cap);
int dp_mem_kernel_pop(struct dp_mem *m, uint16_t port, void *out, size_t cap);
uint32_t dp_mem_tx_pending(const struct dp_mem *m, uint16_t port);
/* Buffers currently free in the pool (leak checks). */
uint32_t dp_mem_free_count(const struct dp_mem *m);
uint32_t dp_mem_nbufs(const struct dp_mem *m);
/* Max frames tx_burst accepts per call (tests of tx_full); default all. */
void dp_mem_set_tx_limit(struct dp_mem *m, uint16_t limit);
/* Enable/disable the to_kernel op (default enabled). */
void dp_mem_set_kernel(struct dp_mem *m, int enabled);
/* The ops table with or without to_kernel, per dp_mem_set_kernel. */
const struct dp_io_ops *dp_mem_ops(const struct dp_mem *m);

#endif
