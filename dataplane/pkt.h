/*
 * Packet header offsets and unaligned big-endian accessors for the
 * dataplane stages (Ethernet II, IPv4, UDP, TCP, ICMP; RFC 791/768/793/792).
 * Packet memory is only 2-byte aligned, so multi-byte fields are read and
 * written byte by byte here and nowhere else. Any thread; no state.
 */
#ifndef DP_PKT_H
#define DP_PKT_H

#include <stdint.h>
#include <string.h>

#define DP_ETH_HLEN 14
#define DP_ETH_P_IPV4 0x0800
#define DP_ETH_P_IPV6 0x86dd
#define DP_IP4_HLEN 20
#define DP_UDP_HLEN 8
#define DP_TCP_HLEN 20
#define DP_ICMP_HLEN 8

#define DP_IPPROTO_ICMP 1
#define DP_IPPROTO_TCP 6
#define DP_IPPROTO_UDP 17

/* IPv4 header field offsets. */
#define DP_IP4_TOS 1
#define DP_IP4_TOTLEN 2
#define DP_IP4_ID 4
#define DP_IP4_FRAG 6
#define DP_IP4_TTL 8
#define DP_IP4_PROTO 9
#define DP_IP4_CSUM 10
#define DP_IP4_SRC 12
#define DP_IP4_DST 16
#define DP_IP4_F_DF 0x4000
#define DP_IP4_F_MF 0x2000
#define DP_IP4_OFFMASK 0x1fff

/* IPv6 (RFC 8200). */
#define DP_IP6_HLEN 40
#define DP_IP6_PLEN 4
#define DP_IP6_NEXT 6
#define DP_IP6_HLIM 7
#define DP_IP6_SRC 8
#define DP_IP6_DST 24
#define DP_IPPROTO_ICMPV6 58
#define DP_ICMP6_DEST_UNREACH 1
#define DP_ICMP6_NO_ROUTE 0

/* L4 offsets from the start of the L4 header. */
#define DP_L4_SPORT 0
#define DP_L4_DPORT 2
#define DP_UDP_LEN 4
#define DP_UDP_CSUM 6
#define DP_TCP_FLAGS 13
#define DP_TCP_CSUM 16
#define DP_TCP_F_FIN 0x01
#define DP_TCP_F_SYN 0x02
#define DP_TCP_F_RST 0x04
#define DP_TCP_F_ACK 0x10
#define DP_ICMP_TYPE 0
#define DP_ICMP_CODE 1
#define DP_ICMP_CSUM 2
#define DP_ICMP_ID 4
#define DP_ICMP_SEQ 6
#define DP_ICMP_MTU 6

enum {
	DP_ICMP_ECHO_REPLY = 0,
	DP_ICMP_DEST_UNREACH = 3,
	DP_ICMP_ECHO_REQUEST = 8,
	DP_ICMP_TIME_EXCEEDED = 11,
	DP_ICMP_PARAM_PROBLEM = 12,
};
#define DP_ICMP_FRAG_NEEDED 4 /* code of DEST_UNREACH */

static inline uint16_t dp_be16(const uint8_t *p)
{
	return (uint16_t)(p[0] << 8 | p[1]);
}

static inline void dp_put_be16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)(v >> 8);
	p[1] = (uint8_t)v;
}

/* A 32-bit field kept in network byte order (addresses). */
static inline uint32_t dp_raw32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

static inline void dp_put_raw32(uint8_t *p, uint32_t v)
{
	memcpy(p, &v, 4);
}

static inline unsigned dp_ip4_hlen(const uint8_t *ip)
{
	return (unsigned)(ip[0] & 0x0f) * 4u;
}

static inline int dp_ip4_is_fragment(const uint8_t *ip)
{
	return (dp_be16(ip + DP_IP4_FRAG) & (DP_IP4_F_MF | DP_IP4_OFFMASK)) != 0;
}

#endif
