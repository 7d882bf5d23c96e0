/*
 * Deliberately naive oracle for common/ratelimit.c: a linear list of
 * sources that never forgets, each with a "theoretical arrival time" (the
 * generic cell rate algorithm, an equivalent formulation of a token bucket
 * written from its definition, not from ratelimit.c). A message passes iff
 * the source's bucket, which is full at time `tat`, holds at least one
 * message's worth at `now`: tat - now <= (BURST - 1) * COST. On a pass,
 * tat = max(tat, now) + COST. Because an idle bucket is full, forgetting an
 * idle source (what the real table does) changes no verdict.
 */
#include <string.h>

#include "ratelimit.h"
#include "oracle/ratelimit_oracle.h"

void rl_oracle_init(struct rl_oracle *o)
{
	memset(o, 0, sizeof(*o));
}

int rl_oracle_allow(struct rl_oracle *o, int family, const uint8_t *addr,
		    uint64_t now_ns)
{
	const int64_t cost = (int64_t)TG_RL_COST_NS;
	const int64_t slack = (int64_t)(TG_RL_BURST - 1) * cost;
	int64_t now = (int64_t)now_ns;
	uint8_t key[9] = { (uint8_t)family };
	uint32_t i;

	memcpy(key + 1, addr, family == 4 ? 4 : 8); /* IPv6: the /64 */
	for (i = 0; i < o->n; i++)
		if (memcmp(o->e[i].key, key, 9) == 0)
			break;
	if (i == o->n) {
		if (o->n == RL_ORACLE_MAX)
			return -1;
		memcpy(o->e[i].key, key, 9);
		o->e[i].tat = now - 10 * slack; /* long idle: full bucket */
		o->n++;
	}
	if (o->e[i].tat - now > slack)
		return 0;
	o->e[i].tat = (o->e[i].tat > now ? o->e[i].tat : now) + cost;
	return 1;
}
