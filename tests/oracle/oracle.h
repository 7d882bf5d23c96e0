/*
 * Deliberately naive oracles for the dataplane's replay window, NAT and
 * Internet checksum (tests only: simple, slow, obviously right).
 */
#ifndef TG_DP_ORACLE_H
#define TG_DP_ORACLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Replay: the set of accepted counters and the highest one. */
struct replay_oracle {
	uint64_t *seen;
	size_t n, cap;
	bool has_top;
	uint64_t top;
	uint64_t window;  /* accepted when c + window >= highest */
	uint64_t reject;  /* REJECT_AFTER_MESSAGES */
};
void replay_oracle_init(struct replay_oracle *o, uint64_t window, uint64_t reject);
void replay_oracle_free(struct replay_oracle *o);
bool replay_oracle_accept(struct replay_oracle *o, uint64_t c);

/* Checksum: byte-pair sum with end-around carry, inverted. */
uint16_t oracle_csum(const uint8_t *p, size_t len, uint32_t seed);
/* Is every checksum of an IPv4 packet right (IP header, TCP/UDP with the
 * pseudo-header, ICMP over the message)? For an ICMP error also the
 * quoted IP header's checksum. */
bool oracle_ip4_csums_ok(const uint8_t *ip, size_t len);

/* NAT: naive lists of mappings and sessions, timeouts as RFC 4787/5382/
 * 5508 and nat.h say. */
struct nat_oracle_sess {
	uint8_t proto;
	uint32_t int_addr, raddr;
	uint16_t int_port, rport, ext_port;
	uint64_t last_ns;
	uint32_t tcp_bits; /* 1 syn out, 2 syn in, 4 fin out, 8 fin in, 16 rst */
	bool live;
};
struct nat_oracle {
	struct nat_oracle_sess *s;
	size_t n, cap;
};
void nat_oracle_init(struct nat_oracle *o);
void nat_oracle_free(struct nat_oracle *o);
/* Live (not expired at now) external port of the internal endpoint, or 0. */
uint16_t nat_oracle_mapping(const struct nat_oracle *o, uint8_t proto, uint32_t int_addr,
			    uint16_t int_port, uint64_t now);
/* Is ext port used by a live mapping of another internal endpoint? */
bool nat_oracle_port_taken(const struct nat_oracle *o, uint8_t proto, uint16_t ext,
			   uint32_t int_addr, uint16_t int_port, uint64_t now);
/* Record an outbound packet translated to ext (creates or refreshes). */
void nat_oracle_out(struct nat_oracle *o, uint8_t proto, uint32_t int_addr, uint16_t int_port,
		    uint32_t raddr, uint16_t rport, uint16_t ext, uint8_t tcp_flags, uint64_t now);
/* Inbound: the live session for (proto, ext, remote), refreshed, or NULL. */
struct nat_oracle_sess *nat_oracle_in(struct nat_oracle *o, uint8_t proto, uint16_t ext,
				      uint32_t raddr, uint16_t rport, uint8_t tcp_flags,
				      uint64_t now);

#endif
