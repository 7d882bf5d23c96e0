/*
 * Persistent Tailscale identity (protocol/control.md §3): the machine key
 * (Noise static), the node key (X25519; its private half is the WireGuard
 * private key the device uses in Tailscale mode), the previous node key
 * while a rotation is being registered, and whether the operator logged
 * out. Stored as JSON in <state_dir>/tailgate-state.json, mode 0600,
 * replaced atomically (temp file, fsync, rename, fsync of the directory).
 * Secrets are wiped from memory when done. Event-loop thread (setup path).
 */
#ifndef CP_TS_STATE_H
#define CP_TS_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define CP_TS_STATE_FILE "tailgate-state.json"

struct cp_ts_state {
	uint8_t machine_priv[32];
	uint8_t node_priv[32];
	bool has_old_node;
	uint8_t old_node_priv[32];
	bool logged_out;
};

/* 0, -ENOENT (no file), or -errno / -EINVAL with a message in err. */
int cp_ts_state_load(const char *dir, struct cp_ts_state *st, char *err, size_t errlen);
/* Atomic replace. 0 or -errno with a message. */
int cp_ts_state_save(const char *dir, const struct cp_ts_state *st, char *err,
		     size_t errlen);
/* Load, or create fresh keys and save them. *created tells which. */
int cp_ts_state_open(const char *dir, struct cp_ts_state *st, bool *created,
		     char *err, size_t errlen);
/* Node-key rotation: the current key becomes the old one, a new one is
 * generated (not saved: the caller saves once the server accepted it). */
void cp_ts_state_rotate_node(struct cp_ts_state *st);
void cp_ts_state_wipe(struct cp_ts_state *st);

#endif
