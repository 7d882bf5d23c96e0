/*
 * The appliance configuration: one libconfig schema for both processes,
 * parsed into this model by tg_config_load() and checked by the one
 * validator both processes share. Errors read
 *   FILE:LINE: key.path: what is wrong (got VALUE)
 * Setup path only; not thread-safe.
 */
#ifndef TG_CONFIG_H
#define TG_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "region.h"

#define TG_CFG_MAX_CORES 64
#define TG_CFG_MAX_PORTS TG_MAX_PORTS
#define TG_CFG_MAX_EAL_ARGS 32
#define TG_CFG_MAX_TAGS 16
#define TG_CFG_MAX_STATIC_PEERS 256
#define TG_CFG_MAX_PEER_AIPS 32
#define TG_CFG_STR 256

enum tg_backend { TG_BACKEND_AFXDP = 0, TG_BACKEND_DPDK = 1, TG_BACKEND_MEM = 2 };
enum tg_port_role { TG_PORT_BOTH = 0, TG_PORT_TAILNET = 1, TG_PORT_INTERNET = 2 };
enum tg_log_target { TG_LOG_STDERR = 0, TG_LOG_SYSLOG = 1 };

struct tg_cfg_port {
	char interface[64];  /* kernel interface (afxdp) or DPDK port name */
	enum tg_port_role role;
	uint32_t queues;
};

struct tg_cfg_prefix {
	uint8_t family; /* 4 or 6 */
	uint8_t cidr;
	uint8_t addr[16];
};

struct tg_cfg_static_peer {
	uint8_t public_key[32];
	char psk_file[TG_CFG_STR]; /* "" = no preshared key */
	bool has_psk;              /* set by the cp after reading psk_file */
	uint8_t psk[32];           /* filled by the cp, never by the loader */
	struct tg_endpoint endpoint; /* family 0: none */
	uint16_t persistent_keepalive; /* seconds, 0 = off */
	uint32_t n_allowed_ips;
	struct tg_cfg_prefix allowed_ips[TG_CFG_MAX_PEER_AIPS];
};

struct tg_config {
	char path[TG_CFG_STR];

	struct {
		enum tg_backend backend;
		uint32_t n_cores;
		uint32_t cores[TG_CFG_MAX_CORES];
		uint32_t n_ports;
		struct tg_cfg_port ports[TG_CFG_MAX_PORTS];
		uint32_t n_eal_args;
		char eal_args[TG_CFG_MAX_EAL_ARGS][TG_CFG_STR];
		char xdp_mode[16];      /* "native", "skb", "auto" */
		bool zero_copy;          /* afxdp: try zero-copy */
		uint32_t burst;          /* rx/tx burst size */
		uint32_t tx_drain_us;    /* TX batching drain timer */
		char region_name[64];
	} dataplane;

	struct {
		char interface[64];
		uint32_t addr4;          /* network byte order */
		uint16_t port_lo, port_hi; /* NAT port range, inclusive */
		uint16_t mtu;
		bool ipv6;
	} egress;

	struct {
		char interface[64];      /* UAPI name: /var/run/wireguard/<name>.sock */
		uint32_t listen_addr4;   /* network byte order, 0 = any */
		uint16_t listen_port;
		char private_key_file[TG_CFG_STR];
		uint16_t mtu;            /* tunnel (inner) MTU */
		char filter_file[TG_CFG_STR]; /* static mode: PacketFilter JSON
					       * ("" = no filter) */
		uint32_t n_peers;
		struct tg_cfg_static_peer *peers; /* heap, n_peers entries */
	} wireguard;

	struct {
		bool enabled;            /* false: static mode */
		char server_url[TG_CFG_STR];
		char auth_key_file[TG_CFG_STR];
		char hostname[64];
		uint32_t n_tags;
		char tags[TG_CFG_MAX_TAGS][64];
		char state_dir[TG_CFG_STR];
		bool ephemeral;
	} control;

	struct {
		char listen[128];        /* "127.0.0.1:9100" or "[::1]:9100" */
		char ctl_socket[TG_CFG_STR]; /* tailgatectl unix socket */
	} metrics;

	struct {
		int level;               /* LOG_ERR..LOG_DEBUG */
		enum tg_log_target target;
		uint32_t ratelimit_per_sec; /* repeats of one message */
	} logging;

	struct tg_region_sizes tables;
};

/*
 * Load and validate FILE into *cfg (zeroed and defaulted first, so a
 * previously loaded cfg must be tg_config_free()d by the caller). Returns 0,
 * or -1 with the first error in err as "FILE:LINE: key.path: what (got V)"
 * and *cfg freed. docs/configuration.md is the reference for every key and
 * every check. Does not read any key file.
 */
int tg_config_load(struct tg_config *cfg, const char *file, char *err,
		   size_t errlen);

/* Free what tg_config_load allocated and wipe preshared keys. Idempotent. */
void tg_config_free(struct tg_config *cfg);

/* Fill defaults (used by tg_config_load before parsing). */
void tg_config_defaults(struct tg_config *cfg);

/*
 * `--check-config FILE` for both mains: loads FILE, prints "OK: FILE" on
 * stdout and returns 0, or prints the error on stderr and returns 1 (use the
 * result as the exit status). prog names the program in usage errors.
 */
int tg_config_check_cli(const char *prog, const char *file);

/*
 * Read a WireGuard key file as `wg genkey` / `wg genpsk` write it (44 base64
 * characters, optional trailing newline). Refuses anything but a regular
 * file, and files with any group/other permission bit (-EACCES, "chmod 600"
 * in the message). Errors never echo file contents. Every buffer that held
 * key material is wiped; on error key[] is wiped too. Returns 0 or -errno.
 */
int tg_config_read_key_file(const char *path, uint8_t key[32], char *err,
			    size_t errlen);

/*
 * Tests only: the file the NAT-range check reads the kernel's ephemeral port
 * range from (default /proc/sys/net/ipv4/ip_local_port_range; NULL restores
 * it). A missing or unreadable file skips that one check.
 */
void tg_config_set_ephemeral_range_path(const char *path);

/* The schema's key paths ("wireguard.peers.[].endpoint"), in table order;
 * NULL past the end. The docs test checks each one is documented. */
const char *tg_config_key_path(size_t i);

#endif
