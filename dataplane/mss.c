/*
 * TCP MSS clamping (exit-node.md §2.5: clamp SYN and SYN-ACK crossing the
 * tunnel to tunnel MTU - 40). Walks the TCP options of a SYN (RFC 9293
 * §3.1, option kind 2 length 4) and lowers a larger MSS, updating the TCP
 * checksum incrementally (RFC 1624). Worker lcores only.
 */
#include "csum.h"
#include "pkt.h"
#include "stages.h"

bool dp_mss_clamp4(uint8_t *ip, uint16_t len, uint16_t mss)
{
	unsigned hl = dp_ip4_hlen(ip), doff, i;
	uint8_t *tcp = ip + hl;

	if (ip[DP_IP4_PROTO] != DP_IPPROTO_TCP || len < hl + DP_TCP_HLEN ||
	    !(tcp[DP_TCP_FLAGS] & DP_TCP_F_SYN))
		return false;
	doff = (unsigned)(tcp[12] >> 4) * 4u;
	if (doff < DP_TCP_HLEN || hl + doff > len)
		return false;
	for (i = DP_TCP_HLEN; i < doff;) {
		uint8_t kind = tcp[i];

		if (kind == 0)
			break;
		if (kind == 1) {
			i++;
			continue;
		}
		if (i + 1 >= doff || tcp[i + 1] < 2 || i + tcp[i + 1] > doff)
			break;
		if (kind == 2 && tcp[i + 1] == 4) {
			uint16_t old = dp_be16(tcp + i + 2);

			if (old <= mss)
				return false;
			dp_put_be16(tcp + i + 2, mss);
			dp_csum_update16(tcp + DP_TCP_CSUM, old, mss);
			return true;
		}
		i += tcp[i + 1];
	}
	return false;
}
