/* Naive rate-limiter oracle (GCRA formulation), see ratelimit_oracle.c. */
#ifndef TG_RATELIMIT_ORACLE_H
#define TG_RATELIMIT_ORACLE_H

#include <stdbool.h>
#include <stdint.h>

#define RL_ORACLE_MAX 256

struct rl_oracle {
	uint32_t n;
	struct {
		uint8_t key[9];
		int64_t tat; /* when this source's bucket is full again */
	} e[RL_ORACLE_MAX];
};

void rl_oracle_init(struct rl_oracle *o);
/* -1 when the oracle itself is out of room (test bug). */
int rl_oracle_allow(struct rl_oracle *o, int family, const uint8_t *addr,
		    uint64_t now_ns);

#endif
