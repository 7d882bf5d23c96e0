/* Naive allowed-IPs oracle: a flat list and a linear longest-prefix scan. */
#ifndef TG_AIP_ORACLE_H
#define TG_AIP_ORACLE_H

#include <stdint.h>

struct tg_aip_oracle;

struct tg_aip_oracle *tg_aip_oracle_new(void);
void tg_aip_oracle_free(struct tg_aip_oracle *o);
/* Same semantics as tg_aip_insert/remove/remove_peer (host bits ignored);
 * insert replaces the peer of an existing prefix. Return 0 or -ENOENT. */
void tg_aip_oracle_insert(struct tg_aip_oracle *o, int family, const uint8_t *addr,
			  uint8_t cidr, uint32_t peer);
int tg_aip_oracle_remove(struct tg_aip_oracle *o, int family, const uint8_t *addr,
			 uint8_t cidr);
void tg_aip_oracle_remove_peer(struct tg_aip_oracle *o, uint32_t peer);
/* Longest match: peer or UINT32_MAX. */
uint32_t tg_aip_oracle_lookup(const struct tg_aip_oracle *o, int family, const uint8_t *addr);
/* Prefixes of a family (for ENOSPC checks). */
uint32_t tg_aip_oracle_count(const struct tg_aip_oracle *o, int family);
/* Snapshot/restore (an ENOSPC drops the uncommitted change whole). */
struct tg_aip_oracle *tg_aip_oracle_clone(const struct tg_aip_oracle *o);

#endif
