/*
 * Internet checksum (RFC 1071) and its incremental update (RFC 1624,
 * eqn. 3: HC' = ~(~HC + ~m + m')). Any thread; no state.
 */
#ifndef DP_CSUM_H
#define DP_CSUM_H

#include <stddef.h>
#include <stdint.h>

/* One's-complement sum of len bytes (big-endian 16-bit words), folded to
 * 16 bits but not inverted; `sum` seeds it (pseudo-header, 0). */
uint32_t dp_csum_partial(const uint8_t *p, size_t len, uint32_t sum);
/* Final fold and invert: the checksum field value. */
uint16_t dp_csum_fold(uint32_t sum);
/* Full checksum of a buffer (IPv4 header, ICMP message). */
uint16_t dp_csum(const uint8_t *p, size_t len);
/* Pseudo-header sum for TCP/UDP over IPv4 (addresses as raw bytes). */
uint32_t dp_csum_pseudo4(const uint8_t src[4], const uint8_t dst[4],
			 uint8_t proto, uint16_t l4len);

/* Incremental updates of the 16-bit checksum field at `csum` (big-endian
 * in packet memory) when a field changes old -> new. 16-bit values are
 * host-order numbers as dp_be16() reads them; 32-bit fields are given as
 * the 4 bytes in packet memory. */
void dp_csum_update16(uint8_t *csum, uint16_t old_be, uint16_t new_be);
void dp_csum_update32(uint8_t *csum, const uint8_t old4[4], const uint8_t new4[4]);

/* UDP variant: a zero checksum means "none" and stays zero; a computed
 * zero is sent as 0xffff (RFC 768). */
void dp_csum_update16_udp(uint8_t *csum, uint16_t old_be, uint16_t new_be);
void dp_csum_update32_udp(uint8_t *csum, const uint8_t old4[4], const uint8_t new4[4]);

#endif
