/* Naive NAT oracle and checksum recomputation (tests/oracle/oracle.h). */
#include <stdlib.h>
#include <string.h>

#include "oracle/oracle.h"

#define NS 1000000000ULL

uint16_t oracle_csum(const uint8_t *p, size_t len, uint32_t seed)
{
	uint64_t sum = seed;

	for (size_t i = 0; i < len; i++)
		sum += (i % 2 == 0) ? (uint64_t)p[i] * 256 : p[i];
	while (sum > 0xffff)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)(0xffff - sum);
}

static uint32_t pseudo(const uint8_t *ip, uint8_t proto, size_t l4len)
{
	uint32_t s = 0;

	for (int i = 12; i < 20; i += 2)
		s += (uint32_t)ip[i] * 256 + ip[i + 1];
	return s + proto + (uint32_t)l4len;
}

static bool l4_ok(const uint8_t *ip, size_t len)
{
	size_t hl = (size_t)(ip[0] & 15) * 4;
	const uint8_t *l4 = ip + hl;
	size_t l4len = len - hl;

	switch (ip[9]) {
	case 6:
		return oracle_csum(l4, l4len, pseudo(ip, 6, l4len)) == 0;
	case 17:
		if (l4[6] == 0 && l4[7] == 0)
			return true;
		return oracle_csum(l4, l4len, pseudo(ip, 17, l4len)) == 0;
	case 1:
		if (oracle_csum(l4, l4len, 0) != 0)
			return false;
		if (l4[0] == 3 || l4[0] == 11 || l4[0] == 12) {
			const uint8_t *q = l4 + 8;
			return oracle_csum(q, (size_t)(q[0] & 15) * 4, 0) == 0;
		}
		return true;
	default:
		return true;
	}
}

bool oracle_ip4_csums_ok(const uint8_t *ip, size_t len)
{
	size_t hl = (size_t)(ip[0] & 15) * 4;

	if (len < 20 || hl < 20 || hl > len)
		return false;
	if (oracle_csum(ip, hl, 0) != 0)
		return false;
	return l4_ok(ip, ((size_t)ip[2] << 8 | ip[3]));
}

void nat_oracle_init(struct nat_oracle *o)
{
	memset(o, 0, sizeof(*o));
}

void nat_oracle_free(struct nat_oracle *o)
{
	free(o->s);
	o->s = NULL;
}

static uint64_t timeout(const struct nat_oracle_sess *s)
{
	if (s->proto == 17)
		return 120 * NS;
	if (s->proto == 1)
		return 60 * NS;
	if ((s->tcp_bits & 16) || (s->tcp_bits & 12) == 12)
		return 240 * NS;
	if ((s->tcp_bits & 3) == 3)
		return 7440 * NS;
	return 240 * NS;
}

static bool alive(const struct nat_oracle_sess *s, uint64_t now)
{
	return s->live && now - s->last_ns < timeout(s);
}

uint16_t nat_oracle_mapping(const struct nat_oracle *o, uint8_t proto, uint32_t int_addr,
			    uint16_t int_port, uint64_t now)
{
	for (size_t i = 0; i < o->n; i++) {
		const struct nat_oracle_sess *s = &o->s[i];

		if (alive(s, now) && s->proto == proto && s->int_addr == int_addr &&
		    s->int_port == int_port)
			return s->ext_port;
	}
	return 0;
}

bool nat_oracle_port_taken(const struct nat_oracle *o, uint8_t proto, uint16_t ext,
			   uint32_t int_addr, uint16_t int_port, uint64_t now)
{
	for (size_t i = 0; i < o->n; i++) {
		const struct nat_oracle_sess *s = &o->s[i];

		if (alive(s, now) && s->proto == proto && s->ext_port == ext &&
		    (s->int_addr != int_addr || s->int_port != int_port))
			return true;
	}
	return false;
}

static uint32_t bits(uint8_t fl, bool out)
{
	uint32_t b = 0;

	if (fl & 2)
		b |= out ? 1 : 2;
	if (fl & 1)
		b |= out ? 4 : 8;
	if (fl & 4)
		b |= 16;
	return b;
}

void nat_oracle_out(struct nat_oracle *o, uint8_t proto, uint32_t int_addr, uint16_t int_port,
		    uint32_t raddr, uint16_t rport, uint16_t ext, uint8_t tcp_flags, uint64_t now)
{
	for (size_t i = 0; i < o->n; i++) {
		struct nat_oracle_sess *s = &o->s[i];

		if (s->live && s->proto == proto && s->int_addr == int_addr &&
		    s->int_port == int_port && s->raddr == raddr && s->rport == rport) {
			if (!alive(s, now)) {
				s->live = false;
				break;
			}
			s->last_ns = now;
			s->ext_port = ext;
			s->tcp_bits |= proto == 6 ? bits(tcp_flags, true) : 0;
			return;
		}
	}
	if (o->n == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 256;
		o->s = realloc(o->s, o->cap * sizeof(*o->s));
	}
	o->s[o->n++] = (struct nat_oracle_sess){
		.proto = proto, .int_addr = int_addr, .int_port = int_port, .raddr = raddr,
		.rport = rport, .ext_port = ext, .last_ns = now, .live = true,
		.tcp_bits = proto == 6 ? bits(tcp_flags, true) : 0,
	};
}

struct nat_oracle_sess *nat_oracle_in(struct nat_oracle *o, uint8_t proto, uint16_t ext,
				      uint32_t raddr, uint16_t rport, uint8_t tcp_flags,
				      uint64_t now)
{
	for (size_t i = 0; i < o->n; i++) {
		struct nat_oracle_sess *s = &o->s[i];

		if (alive(s, now) && s->proto == proto && s->ext_port == ext &&
		    s->raddr == raddr && s->rport == rport) {
			s->last_ns = now;
			s->tcp_bits |= proto == 6 ? bits(tcp_flags, false) : 0;
			return s;
		}
	}
	return NULL;
}
