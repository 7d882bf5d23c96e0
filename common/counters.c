/*
 * Counter name and help tables, generated from the X-macro lists in
 * counters.h. Read-only data; any thread.
 */
#include "counters.h"

#define N(name, help) #name,
#define H(name, help) help,
const char *const tg_drop_names[TG_DROP__COUNT] = { TG_DROP_REASONS(N) };
const char *const tg_drop_help[TG_DROP__COUNT] = { TG_DROP_REASONS(H) };
const char *const tg_path_names[TG_PATH__COUNT] = { TG_PATH_COUNTERS(N) };
const char *const tg_path_help[TG_PATH__COUNT] = { TG_PATH_COUNTERS(H) };
const char *const tg_port_ctr_names[TG_PORT__COUNT] = { TG_PORT_COUNTERS(N) };
const char *const tg_port_ctr_help[TG_PORT__COUNT] = { TG_PORT_COUNTERS(H) };
const char *const tg_peer_ctr_names[TG_PEER__COUNT] = { TG_PEER_COUNTERS(N) };
const char *const tg_peer_ctr_help[TG_PEER__COUNT] = { TG_PEER_COUNTERS(H) };
const char *const tg_ring_ctr_names[TG_RING__COUNT] = { TG_RING_COUNTERS(N) };
const char *const tg_ring_ctr_help[TG_RING__COUNT] = { TG_RING_COUNTERS(H) };
#undef N
#undef H
