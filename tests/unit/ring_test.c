/*
 * SPSC rings (common/ring.c): FIFO order across wrap-around, full and empty,
 * too-big packets, a short consumer buffer, a corrupt producer index, and the
 * producer/consumer-owned counters and depth.
 */
#include <errno.h>
#include <string.h>

#include "region.h"
#include "unit/region_test_util.h"
#include "unit/test_util.h"

static const struct tg_region_sizes sz = {
	.max_peers = 2, .max_keypairs = 2, .max_allowed_ips = 2,
	.max_workers = 2, .ring_slots = 4,
};

static void fill(uint8_t *buf, uint16_t len, uint32_t tag)
{
	for (uint16_t i = 0; i < len; i++)
		buf[i] = (uint8_t)(tag * 31 + i);
}

static void test_fifo_full_empty(void)
{
	struct tg_region p, c;
	char name[64], err[256];
	uint8_t in[TG_RING_SLOT_DATA + 1], out[TG_RING_SLOT_DATA];
	struct tg_ring_meta m = { 0 }, got;
	uint32_t next_in = 0, next_out = 0;

	tg_test_region_name(name, sizeof(name));
	CU_ASSERT_EQUAL_FATAL(tg_region_create(&p, name, &sz, err, sizeof(err)), 0);
	CU_ASSERT_EQUAL_FATAL(tg_region_attach(&c, name, &sz, err, sizeof(err)), 0);
	struct tg_ring *pr = tg_region_punt(&p, 1), *cr = tg_region_punt(&c, 1);

	CU_ASSERT_EQUAL(tg_ring_dequeue(cr, &got, out, sizeof(out)), -EAGAIN);
	CU_ASSERT_EQUAL(tg_ring_depth(cr), 0);
	/* several laps around a 4-slot ring, in bursts of 1..5 */
	for (int lap = 0; lap < 50; lap++) {
		int burst = 1 + lap % 5;
		for (int i = 0; i < burst; i++) {
			m.kind = TG_PUNT_HANDSHAKE;
			m.len = (uint16_t)((next_in * 97) % (TG_RING_SLOT_DATA + 1));
			m.peer = next_in;
			m.src.family = 4;
			fill(in, m.len, next_in);
			int rc = tg_ring_enqueue(pr, &m, in);
			if (next_in - next_out < 4) {
				CU_ASSERT_EQUAL(rc, 0);
				next_in++;
			} else {
				CU_ASSERT_EQUAL(rc, -ENOBUFS);
			}
		}
		CU_ASSERT_EQUAL(tg_ring_depth(cr), next_in - next_out);
		for (int i = 0; i < (lap % 3) + 1; i++) {
			int rc = tg_ring_dequeue(cr, &got, out, sizeof(out));
			if (next_out == next_in) {
				CU_ASSERT_EQUAL(rc, -EAGAIN);
				continue;
			}
			CU_ASSERT_EQUAL_FATAL(rc, 0);
			CU_ASSERT_EQUAL(got.peer, next_out);
			CU_ASSERT_EQUAL(got.kind, TG_PUNT_HANDSHAKE);
			fill(in, got.len, next_out);
			CU_ASSERT_EQUAL(got.len, (next_out * 97) % (TG_RING_SLOT_DATA + 1));
			CU_ASSERT(!memcmp(in, out, got.len));
			next_out++;
		}
	}
	CU_ASSERT_EQUAL(pr->ctr_prod[TG_RING_enqueued], next_in);
	CU_ASSERT_EQUAL(cr->ctr_cons[TG_RING_dequeued], next_out);
	CU_ASSERT(pr->ctr_prod[TG_RING_overflow] > 0);

	/* too big: refused, not counted as overflow */
	uint64_t ovf = pr->ctr_prod[TG_RING_overflow];
	m.len = TG_RING_SLOT_DATA + 1;
	CU_ASSERT_EQUAL(tg_ring_enqueue(pr, &m, in), -EMSGSIZE);
	CU_ASSERT_EQUAL(pr->ctr_prod[TG_RING_overflow], ovf);

	/* drain, then a short consumer buffer: slot consumed, -EMSGSIZE */
	while (tg_ring_dequeue(cr, &got, out, sizeof(out)) == 0)
		;
	m.len = 100;
	CU_ASSERT_EQUAL(tg_ring_enqueue(pr, &m, in), 0);
	CU_ASSERT_EQUAL(tg_ring_dequeue(cr, &got, out, 99), -EMSGSIZE);
	CU_ASSERT_EQUAL(got.len, 100);
	CU_ASSERT_EQUAL(tg_ring_depth(cr), 0);

	/* zero-length (keepalive) with NULL data */
	m.len = 0;
	m.kind = TG_INJECT_ENCRYPT;
	CU_ASSERT_EQUAL(tg_ring_enqueue(tg_region_inject(&c, 0), &m, NULL), 0);
	CU_ASSERT_EQUAL(tg_ring_dequeue(tg_region_inject(&p, 0), &got, NULL, 0), 0);
	CU_ASSERT_EQUAL(got.kind, TG_INJECT_ENCRYPT);
	CU_ASSERT_EQUAL(tg_ring_depth(tg_region_punt(&p, 0)), 0); /* other rings untouched */

	/* a corrupt producer index fails closed */
	atomic_store(&pr->head, atomic_load(&pr->tail) + 1000);
	CU_ASSERT_EQUAL(tg_ring_dequeue(cr, &got, out, sizeof(out)), -EIO);
	CU_ASSERT_EQUAL(tg_ring_depth(cr), 4);

	tg_region_detach(&c);
	tg_region_detach(&p);
	tg_region_unlink(name);
}

void ring_test_register(void)
{
	TG_ADD_SUITE("ring", NULL, NULL, { "fifo_full_empty", test_fifo_full_empty });
}
