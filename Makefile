# tailgate build. Out-of-tree into $(BUILD); quiet unless V=1.
#
#   make              tailgate-dp, tailgate-cp, tailgatectl, the BPF object
#   make test         unit tests (CUnit)
#   make check        deps + gcc -Werror build + clang build + unit tests under
#                     ASan/UBSan + stress + every integration suite present
#   make deps         install Debian packages (scripts/deps.sh)
#   make demo         deps + build + network-namespace lab with a real client
#   make bench        benchmarks (never fails on a number)
#   make fuzz         build and briefly run the libFuzzer targets (clang)
#
# Layout rules the build relies on (so parallel work never edits this file):
#   common/*.c            -> libtgcommon.a  (no DPDK, libbpf or libevent)
#   dataplane/*.c         -> libtgdp.a, except main.c (tailgate-dp entry)
#                            *dpdk*.c get DPDK's cflags
#   controlplane/*.c      -> libtgcp.a, except main.c (tailgate-cp) and
#                            ctl_main.c (tailgatectl)
#   tests/unit/*_test.c   -> one CUnit runner; each file defines
#                            void <file>_register(void)
#   tests/oracle/*.c      -> linked into the unit runner
#   tests/stress/*.c      -> one binary per file
#   bpf/*.bpf.c           -> BPF objects

BUILD ?= build
CC ?= cc
V ?= 0
SAN ?= 0

ifeq ($(V),1)
Q :=
else
Q := @
endif

MULTIARCH := $(shell $(CC) -dumpmachine 2>/dev/null || echo x86_64-linux-gnu)

PKG_COMMON := libsodium libb2 libconfig
PKG_DP := libxdp libbpf libmnl
PKG_CP := libevent openssl libnghttp2 libzstd jansson ldns
PKG_TEST := cunit
PKG_DPDK := libdpdk

pc_cflags = $(shell pkg-config --cflags $(1) 2>/dev/null)
pc_libs = $(shell pkg-config --libs $(1) 2>/dev/null)

WARN := -Wall -Wextra -Werror -Wshadow -Wpointer-arith -Wstrict-prototypes \
	-Wmissing-prototypes -Wno-unused-parameter
CFLAGS ?= -O2 -g
BASE_CFLAGS := -std=gnu11 $(WARN) -D_GNU_SOURCE -fno-strict-aliasing \
	-I. -Icommon -MMD -MP
ifeq ($(SAN),1)
BASE_CFLAGS += -fsanitize=address,undefined -fno-omit-frame-pointer \
	-fno-sanitize-recover=undefined
SAN_LDFLAGS := -fsanitize=address,undefined
endif
ifneq ($(TG_TEST_BUILD),)
# Test build only: lets netns scenarios shrink protocol time (rekey etc).
BASE_CFLAGS += -DTG_TEST_BUILD=1
endif

ALL_CFLAGS = $(BASE_CFLAGS) $(CFLAGS) $(call pc_cflags,$(PKG_COMMON))
DP_CFLAGS = $(call pc_cflags,$(PKG_DP))
CP_CFLAGS = $(call pc_cflags,$(PKG_CP))
DPDK_CFLAGS = $(filter-out -march=%,$(call pc_cflags,$(PKG_DPDK))) -Wno-error=cast-qual -Wno-missing-prototypes -Wno-strict-prototypes

# common/aead_openssl.c needs libcrypto in every program. intel-ipsec-mb has
# no pkg-config file: link it when its header exists, the same test
# common/aead_impls.h uses (__has_include(<intel-ipsec-mb.h>)).
IPSECMB_LIBS := $(if $(wildcard /usr/include/intel-ipsec-mb.h),-lIPSec_MB)
LIBS_COMMON := $(call pc_libs,$(PKG_COMMON)) $(call pc_libs,libcrypto) $(IPSECMB_LIBS) -lm -lpthread
LIBS_DP := $(call pc_libs,$(PKG_DP)) $(call pc_libs,$(PKG_DPDK))
LIBS_CP := $(call pc_libs,$(PKG_CP))
LIBS_TEST := $(call pc_libs,$(PKG_TEST))

COMMON_SRC := $(sort $(wildcard common/*.c))
DP_SRC := $(sort $(filter-out dataplane/main.c,$(wildcard dataplane/*.c)))
CP_SRC := $(sort $(filter-out controlplane/main.c controlplane/ctl_main.c,$(wildcard controlplane/*.c)))
TEST_SRC := $(sort $(wildcard tests/unit/*_test.c))
ORACLE_SRC := $(sort $(wildcard tests/oracle/*.c))
STRESS_SRC := $(sort $(wildcard tests/stress/*.c))
BENCH_SRC := $(sort $(wildcard tests/bench/*.c))
FUZZ_SRC := $(sort $(wildcard tests/fuzz/*_fuzz.c))
BPF_SRC := $(sort $(wildcard bpf/*.bpf.c))

obj = $(patsubst %.c,$(BUILD)/%.o,$(1))

COMMON_OBJ := $(call obj,$(COMMON_SRC))
DP_OBJ := $(call obj,$(DP_SRC))
CP_OBJ := $(call obj,$(CP_SRC))
TEST_OBJ := $(call obj,$(TEST_SRC) $(ORACLE_SRC)) $(BUILD)/tests/unit/runner.o
BPF_OBJ := $(patsubst %.bpf.c,$(BUILD)/%.bpf.o,$(BPF_SRC))

LIBCOMMON := $(BUILD)/libtgcommon.a
LIBDP := $(BUILD)/libtgdp.a
LIBCP := $(BUILD)/libtgcp.a

BIN_DP := $(BUILD)/tailgate-dp
BIN_CP := $(BUILD)/tailgate-cp
BIN_CTL := $(BUILD)/tailgatectl
UNIT := $(BUILD)/tests/unit-tests
STRESS_BIN := $(patsubst tests/stress/%.c,$(BUILD)/tests/stress/%,$(STRESS_SRC))
BENCH_BIN := $(patsubst tests/bench/%.c,$(BUILD)/tests/bench/%,$(BENCH_SRC))

.PHONY: all deps test check demo bench fuzz clean stress netns lint unit-bin stress-bin
all: $(BIN_DP) $(BIN_CP) $(BIN_CTL) $(BPF_OBJ)

deps:
	$(Q)bash scripts/deps.sh

# --- compile -------------------------------------------------------------
$(BUILD)/common/%.o: common/%.c
	@mkdir -p $(@D)
	@[ "$(V)" = 1 ] || echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/dataplane/%.o: dataplane/%.c
	@mkdir -p $(@D)
	@[ "$(V)" = 1 ] || echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(DP_CFLAGS) $(if $(findstring dpdk,$(notdir $<)),$(DPDK_CFLAGS)) -Idataplane -c $< -o $@

$(BUILD)/controlplane/%.o: controlplane/%.c
	@mkdir -p $(@D)
	@[ "$(V)" = 1 ] || echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(CP_CFLAGS) -Icontrolplane -c $< -o $@

$(BUILD)/tests/%.o: tests/%.c
	@mkdir -p $(@D)
	@[ "$(V)" = 1 ] || echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(DP_CFLAGS) $(CP_CFLAGS) $(call pc_cflags,$(PKG_TEST)) -Wno-missing-prototypes -Idataplane -Icontrolplane -Itests -c $< -o $@

# --- archives and programs -----------------------------------------------
$(LIBCOMMON): $(COMMON_OBJ)
	@mkdir -p $(@D)
	$(Q)rm -f $@ && ar rcs $@ $^
$(LIBDP): $(DP_OBJ)
	@mkdir -p $(@D)
	$(Q)rm -f $@ && ar rcs $@ $^
$(LIBCP): $(CP_OBJ)
	@mkdir -p $(@D)
	$(Q)rm -f $@ && ar rcs $@ $^

$(BIN_DP): $(BUILD)/dataplane/main.o $(LIBDP) $(LIBCOMMON)
	@[ "$(V)" = 1 ] || echo "  LD      $@"
	$(Q)$(CC) $(SAN_LDFLAGS) -o $@ $^ $(LIBS_DP) $(LIBS_COMMON)
$(BIN_CP): $(BUILD)/controlplane/main.o $(LIBCP) $(LIBCOMMON)
	@[ "$(V)" = 1 ] || echo "  LD      $@"
	$(Q)$(CC) $(SAN_LDFLAGS) -o $@ $^ $(LIBS_CP) $(LIBS_COMMON)
$(BIN_CTL): $(BUILD)/controlplane/ctl_main.o $(LIBCP) $(LIBCOMMON)
	@[ "$(V)" = 1 ] || echo "  LD      $@"
	$(Q)$(CC) $(SAN_LDFLAGS) -o $@ $^ $(LIBS_CP) $(LIBS_COMMON)

# --- BPF -----------------------------------------------------------------
$(BUILD)/bpf/%.bpf.o: bpf/%.bpf.c $(wildcard bpf/*.h)
	@mkdir -p $(@D)
	@[ "$(V)" = 1 ] || echo "  BPF     $<"
	$(Q)clang -O2 -g -target bpf -Wall -Werror -I/usr/include/$(MULTIARCH) -Ibpf -c $< -o $@

# --- tests ---------------------------------------------------------------
$(BUILD)/tests/unit/suites.h: $(TEST_SRC) Makefile
	@mkdir -p $(@D)
	$(Q)( for f in $(notdir $(basename $(TEST_SRC))); do echo "TG_SUITE($${f}_register)"; done ) > $@.tmp && \
	  (cmp -s $@.tmp $@ || mv $@.tmp $@); rm -f $@.tmp
$(BUILD)/tests/unit/runner.o: tests/unit/runner.c $(BUILD)/tests/unit/suites.h
	@mkdir -p $(@D)
	@[ "$(V)" = 1 ] || echo "  CC      $<"
	$(Q)$(CC) $(ALL_CFLAGS) $(call pc_cflags,$(PKG_TEST)) -I$(BUILD)/tests/unit -Itests -c $< -o $@

$(UNIT): $(TEST_OBJ) $(LIBDP) $(LIBCP) $(LIBCOMMON)
	@[ "$(V)" = 1 ] || echo "  LD      $@"
	$(Q)$(CC) $(SAN_LDFLAGS) -o $@ $^ $(LIBS_TEST) $(LIBS_DP) $(LIBS_CP) $(LIBS_COMMON)

$(BUILD)/tests/stress/%: $(BUILD)/tests/stress/%.o $(LIBDP) $(LIBCOMMON)
	@[ "$(V)" = 1 ] || echo "  LD      $@"
	$(Q)$(CC) $(SAN_LDFLAGS) -o $@ $^ $(LIBS_DP) $(LIBS_COMMON)

$(BUILD)/tests/bench/%: $(BUILD)/tests/bench/%.o $(LIBDP) $(LIBCP) $(LIBCOMMON)
	@[ "$(V)" = 1 ] || echo "  LD      $@"
	$(Q)$(CC) -o $@ $^ $(LIBS_DP) $(LIBS_CP) $(LIBS_COMMON)

test: $(UNIT)
	$(Q)$(UNIT)

stress: $(STRESS_BIN)
	$(Q)set -e; for t in $(STRESS_BIN); do echo "== $$t"; $$t; done

netns: all
	$(Q)bash tests/netns/run.sh

lint:
	$(Q)bash scripts/lint-hotpath.sh

unit-bin: $(UNIT)
stress-bin: $(STRESS_BIN)

# make check: what CI runs. Each stage prints its runner's own summary.
check: deps
	$(Q)$(MAKE) --no-print-directory lint
	$(Q)echo "== gcc -Werror build"
	$(Q)$(MAKE) --no-print-directory BUILD=build CC=gcc all unit-bin stress-bin
	$(Q)echo "== clang -Werror build"
	$(Q)$(MAKE) --no-print-directory BUILD=build-clang CC=clang all unit-bin
	$(Q)echo "== ASan/UBSan build"
	$(Q)$(MAKE) --no-print-directory BUILD=build-asan CC=gcc SAN=1 unit-bin stress-bin
	$(Q)echo "== unit tests (ASan/UBSan)"
	$(Q)ASAN_OPTIONS=detect_leaks=1 build-asan/tests/unit-tests
	$(Q)echo "== stress (ASan/UBSan)"
	$(Q)set -e; for t in $(patsubst tests/stress/%.c,build-asan/tests/stress/%,$(STRESS_SRC)); do echo "-- $$t"; $$t; done
	$(Q)echo "== control protocol: the Python test server against the vectors, then our client against it"
	$(Q)/usr/bin/python3 tests/control/test_server_selftest.py
	$(Q)BUILD=build bash tests/control/run_interop.sh
	$(Q)if [ -x scripts/fuzz.sh ]; then echo "== fuzz (brief)"; FUZZ_SECONDS=$${FUZZ_SECONDS:-10} bash scripts/fuzz.sh; fi
	$(Q)if [ -x tests/netns/run.sh ]; then \
	    echo "== netns end-to-end suite"; \
	    $(MAKE) --no-print-directory BUILD=build-test TG_TEST_BUILD=1 CC=gcc all && \
	    TG_BUILD=build-test bash tests/netns/run.sh; fi

demo: deps all
	$(Q)bash scripts/demo.sh

bench: deps all $(BENCH_BIN)
	$(Q)bash scripts/bench.sh

fuzz: deps
	$(Q)bash scripts/fuzz.sh

clean:
	rm -rf build build-clang build-asan build-test build-fuzz

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
