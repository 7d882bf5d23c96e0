/*
 * Applying a parsed UAPI set request by diff (uapi.h): a dry run decides,
 * peer by peer, what wireguard-go would do (create, update, remove, skip),
 * then only the differences reach the device, so peers that remain keep
 * their sessions. No I/O. Runs on the cp event-loop thread.
 */
#include "uapi.h"

#include <arpa/inet.h>
#include <errno.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- applying by diff ------------------------------------------------- */

/* A set of public keys (linear; UAPI requests are rare and small). */
struct keyset {
	uint8_t (*k)[32];
	size_t n, cap;
};

static ssize_t ks_find(const struct keyset *ks, const uint8_t key[32])
{
	for (size_t i = 0; i < ks->n; i++)
		if (!memcmp(ks->k[i], key, 32))
			return (ssize_t)i;
	return -1;
}

static int ks_add(struct keyset *ks, const uint8_t key[32])
{
	if (ks_find(ks, key) >= 0)
		return 0;
	if (ks->n == ks->cap) {
		size_t cap = ks->cap ? ks->cap * 2 : 16;
		uint8_t (*n)[32] = realloc(ks->k, cap * 32);
		if (!n)
			return -ENOMEM;
		ks->k = n;
		ks->cap = cap;
	}
	memcpy(ks->k[ks->n++], key, 32);
	return 0;
}

static void ks_del(struct keyset *ks, const uint8_t key[32])
{
	ssize_t i = ks_find(ks, key);

	if (i >= 0)
		memcpy(ks->k[i], ks->k[--ks->n], 32);
}

/* What the dry run decided for each peer op. */
enum op_action { OP_SKIP, OP_REMOVE, OP_CREATE, OP_UPDATE };

/*
 * Dry run over the ops in order, tracking which peers exist as wireguard-go
 * would see them (after replace_peers: none). Fills actions[] and the final
 * set of peers.
 */
static int plan(const struct cp_uapi_dev *dev, const struct cp_uapi_set *s,
		const uint8_t *own_pub, enum op_action *actions,
		struct keyset *live)
{
	struct cp_wg_peer_info info;
	int rc;

	if (!s->replace_peers) {
		size_t n = dev->peer_count(dev->ctx);
		for (size_t i = 0; i < n; i++) {
			if (dev->peer_info(dev->ctx, i, &info) < 0)
				continue;
			if ((rc = ks_add(live, info.public_key)) < 0)
				return rc;
		}
	}
	/* A new private key removes the peer that has its public key. */
	if (own_pub && s->has_private_key)
		ks_del(live, own_pub);
	for (size_t i = 0; i < s->n_peers; i++) {
		const struct cp_uapi_peer_op *o = &s->peers[i];
		bool exists = ks_find(live, o->public_key) >= 0;

		if (own_pub && !memcmp(own_pub, o->public_key, 32))
			actions[i] = OP_SKIP; /* our own key: ignored */
		else if (o->is_remove) {
			actions[i] = OP_REMOVE;
			ks_del(live, o->public_key);
		} else if (o->is_update_only && !exists)
			actions[i] = OP_SKIP;
		else if (!exists) {
			actions[i] = OP_CREATE;
			if ((rc = ks_add(live, o->public_key)) < 0)
				return rc;
		} else
			actions[i] = OP_UPDATE;
	}
	return 0;
}

static void op_to_cfg(const struct cp_uapi_peer_op *o, bool is_create,
		      struct cp_wg_peer_cfg *c)
{
	memset(c, 0, sizeof(*c));
	memcpy(c->public_key, o->public_key, 32);
	/* A created peer starts from defaults: no psk, no keepalive, only the
	 * allowed IPs given. An existing one changes only what is given. */
	c->has_psk = o->has_psk || is_create;
	if (o->has_psk)
		memcpy(c->psk, o->psk, 32);
	c->has_endpoint = o->has_endpoint;
	c->endpoint = o->endpoint;
	c->has_keepalive = o->has_keepalive || is_create;
	c->persistent_keepalive = o->keepalive;
	c->replace_allowed_ips = o->replace_allowed_ips || is_create;
	c->n_allowed_ips = o->n_allowed_ips;
	memcpy(c->allowed_ips, o->allowed_ips,
	       o->n_allowed_ips * sizeof(o->allowed_ips[0]));
}

static int apply_device(const struct cp_uapi_dev *dev,
			const struct cp_uapi_set *s, char *err, size_t errlen)
{
	uint8_t cur[32];
	int rc;

	if (s->has_private_key) {
		bool has = dev->get_private_key(dev->ctx, cur);
		/* Setting the same key again (wg setconf/syncconf always send
		 * it) must not drop sessions. */
		bool same = s->private_key_is_zero
				    ? !has
				    : has && !sodium_memcmp(cur, s->private_key, 32);
		sodium_memzero(cur, sizeof(cur));
		if (!same) {
			rc = dev->set_private_key(
				dev->ctx, s->private_key_is_zero ? NULL : s->private_key);
			if (rc < 0) {
				snprintf(err, errlen, "setting private_key failed: %s", strerror(-rc));
				return rc;
			}
		}
	}
	if (s->has_listen_port && dev->listen_port(dev->ctx) != s->listen_port) {
		rc = dev->set_listen_port(dev->ctx, s->listen_port);
		if (rc < 0) {
			snprintf(err, errlen, "setting listen_port %u failed: %s",
				 s->listen_port, strerror(-rc));
			return -EADDRINUSE;
		}
	}
	return 0;
}

static int remove_unlisted(const struct cp_uapi_dev *dev,
			   const struct keyset *live, char *err, size_t errlen)
{
	struct cp_wg_peer_info info;
	struct keyset gone = { 0 };
	int rc = 0;
	size_t n = dev->peer_count(dev->ctx);

	for (size_t i = 0; i < n && rc == 0; i++)
		if (dev->peer_info(dev->ctx, i, &info) == 0 &&
		    ks_find(live, info.public_key) < 0)
			rc = ks_add(&gone, info.public_key);
	for (size_t i = 0; i < gone.n && rc == 0; i++) {
		rc = dev->peer_remove(dev->ctx, gone.k[i]);
		if (rc < 0)
			snprintf(err, errlen, "removing a peer failed: %s", strerror(-rc));
	}
	free(gone.k);
	return rc;
}

static int apply_peers(const struct cp_uapi_dev *dev, const struct cp_uapi_set *s,
		       const enum op_action *act, char *err, size_t errlen)
{
	struct cp_wg_peer_cfg cfg;
	int rc = 0;

	for (size_t i = 0; i < s->n_peers && rc == 0; i++) {
		const struct cp_uapi_peer_op *o = &s->peers[i];

		if (act[i] == OP_SKIP)
			continue;
		if (act[i] == OP_REMOVE) {
			if (dev->peer_exists(dev->ctx, o->public_key))
				rc = dev->peer_remove(dev->ctx, o->public_key);
		} else {
			op_to_cfg(o, act[i] == OP_CREATE, &cfg);
			rc = dev->peer_upsert(dev->ctx, &cfg);
			sodium_memzero(&cfg, sizeof(cfg));
		}
		if (rc < 0)
			snprintf(err, errlen, "peer %zu of the request: %s", i + 1,
				 strerror(-rc));
	}
	return rc;
}

int cp_uapi_apply_set(const struct cp_uapi_dev *dev,
		      const struct cp_uapi_set *s, char *err, size_t errlen)
{
	enum op_action *act = calloc(s->n_peers ? s->n_peers : 1, sizeof(*act));
	struct keyset live = { 0 };
	uint8_t priv[32], pub[32];
	bool has_own = false;
	int rc;

	if (errlen)
		err[0] = '\0';
	if (!act)
		return -ENOMEM;
	/* Our own public key after this request's private_key line. */
	if (s->has_private_key && !s->private_key_is_zero) {
		crypto_scalarmult_base(pub, s->private_key);
		has_own = true;
	} else if (!s->has_private_key && dev->get_private_key(dev->ctx, priv)) {
		crypto_scalarmult_base(pub, priv);
		has_own = true;
	}
	sodium_memzero(priv, sizeof(priv));
	rc = plan(dev, s, has_own ? pub : NULL, act, &live);
	if (rc == 0)
		rc = apply_device(dev, s, err, errlen);
	/* As wireguard-go: setting a private key removes the peer whose public
	 * key is now our own. */
	if (rc == 0 && has_own && s->has_private_key && dev->peer_exists(dev->ctx, pub))
		rc = dev->peer_remove(dev->ctx, pub);
	if (rc == 0 && s->replace_peers)
		rc = remove_unlisted(dev, &live, err, errlen);
	if (rc == 0)
		rc = apply_peers(dev, s, act, err, errlen);
	free(live.k);
	free(act);
	return rc;
}

