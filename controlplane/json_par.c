/*
 * Multi-threaded jansson parse of one big array member (json_par.h).
 *
 * Written here because jansson, the project's JSON library, parses a
 * document on one thread only and has no event/streaming API. This file
 * never interprets JSON itself: a scanner finds where the top-level
 * member `key`'s array and its elements begin and end (tracking strings,
 * escapes and nesting only), then jansson parses
 *   - the document with that array replaced by [] (validates all the rest),
 *   - every element on its own, spread over threads,
 * and the elements are put back into the array in order. Anything the
 * scanner does not expect (not an object, `key` twice, an escaped key,
 * deep nesting, an empty element, any jansson error) falls back to one
 * json_loadb of the whole buffer, so errors and duplicate-key semantics
 * are jansson's own. tests/fuzz/json_par_fuzz.c checks that the result
 * equals json_loadb's on arbitrary input.
 */

#include "json_par.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 512 /* well under jansson's 2048: depth cannot differ */

static _Atomic uint64_t splits;

uint64_t cp_json_par_splits(void)
{
	return atomic_load(&splits);
}

struct span {
	size_t a, b; /* [a, b) */
};

struct scan {
	const char *p;
	size_t len, i;
};

static void ws(struct scan *s)
{
	while (s->i < s->len && (s->p[s->i] == ' ' || s->p[s->i] == '\t' ||
				 s->p[s->i] == '\n' || s->p[s->i] == '\r'))
		s->i++;
}

/* Past a string starting at s->i ('"'); *escaped when it held a '\'. */
static bool skip_string(struct scan *s, bool *escaped)
{
	*escaped = false;
	for (s->i++; s->i < s->len; s->i++) {
		char c = s->p[s->i];

		if (c == '\\') {
			*escaped = true;
			s->i++;
		} else if (c == '"') {
			s->i++;
			return true;
		}
	}
	return false;
}

/* Past one value of any kind (no validation: jansson does that). Stops at
 * a ',' ']' or '}' at depth 0. */
static bool skip_value(struct scan *s)
{
	int depth = 0;
	bool esc;

	while (s->i < s->len) {
		char c = s->p[s->i];

		if (c == '"') {
			if (!skip_string(s, &esc))
				return false;
			continue;
		}
		if (c == '{' || c == '[') {
			if (++depth > MAX_DEPTH)
				return false;
		} else if (c == '}' || c == ']') {
			if (depth == 0)
				return true;
			depth--;
		} else if (c == ',' && depth == 0) {
			return true;
		}
		s->i++;
	}
	return depth == 0;
}

/* The array member `key` of the top-level object: its span and its
 * elements' spans (malloc'd). false: not this shape, use json_loadb. */
static bool find_array(const char *buf, size_t len, const char *key, struct span *arr,
		       struct span **elems, size_t *n)
{
	struct scan s = { buf, len, 0 };
	size_t klen = strlen(key), cap = 0;
	bool found = false, esc;

	*elems = NULL;
	*n = 0;
	ws(&s);
	if (s.i >= len || buf[s.i] != '{')
		return false;
	s.i++;
	for (;;) {
		size_t k0;

		ws(&s);
		if (s.i >= len || buf[s.i] != '"')
			return false;
		k0 = s.i + 1;
		if (!skip_string(&s, &esc) || esc)
			return false;
		bool is_key = s.i - 1 - k0 == klen && !memcmp(buf + k0, key, klen);
		ws(&s);
		if (s.i >= len || buf[s.i] != ':')
			return false;
		s.i++;
		ws(&s);
		if (is_key) {
			if (found || s.i >= len || buf[s.i] != '[')
				return false;
			found = true;
			arr->a = s.i++;
			for (;;) {
				ws(&s);
				if (s.i < len && buf[s.i] == ']' && *n == 0)
					break;
				size_t e0 = s.i;
				if (!skip_value(&s) || s.i >= len)
					return false;
				if (*n == cap) {
					size_t c = cap ? cap * 2 : 1024;
					struct span *e = realloc(*elems, c * sizeof(*e));
					if (!e)
						return false;
					*elems = e;
					cap = c;
				}
				(*elems)[(*n)++] = (struct span){ e0, s.i };
				if (buf[s.i] == ']')
					break;
				if (buf[s.i] != ',')
					return false;
				s.i++;
			}
			arr->b = ++s.i;
			ws(&s);
		} else if (!skip_value(&s)) {
			return false;
		}
		if (s.i >= len)
			return false;
		if (buf[s.i] == '}')
			return found;
		if (buf[s.i] != ',')
			return false;
		s.i++;
	}
}

struct par_job {
	void (*fn)(void *ctx, size_t from, size_t to, unsigned t);
	void *ctx;
	size_t from, to;
	unsigned t;
};

static void *par_job_run(void *arg)
{
	struct par_job *j = arg;

	j->fn(j->ctx, j->from, j->to, j->t);
	return NULL;
}

void cp_par_for(unsigned threads, const size_t *bounds,
		void (*fn)(void *ctx, size_t from, size_t to, unsigned t), void *ctx)
{
	struct par_job jobs[CP_PAR_MAX];
	pthread_t tid[CP_PAR_MAX];
	bool started[CP_PAR_MAX] = { false };

	if (threads > CP_PAR_MAX)
		threads = CP_PAR_MAX;
	if (threads < 1)
		threads = 1;
	for (unsigned t = 0; t < threads; t++)
		jobs[t] = (struct par_job){ fn, ctx, bounds[t], bounds[t + 1], t };
	for (unsigned t = 1; t < threads; t++)
		started[t] = pthread_create(&tid[t], NULL, par_job_run, &jobs[t]) == 0;
	par_job_run(&jobs[0]);
	for (unsigned t = 1; t < threads; t++) {
		if (started[t])
			pthread_join(tid[t], NULL);
		else
			par_job_run(&jobs[t]); /* no thread: do it here */
	}
}

void cp_par_split(unsigned threads, size_t n, size_t *bounds)
{
	for (unsigned t = 0; t <= threads; t++)
		bounds[t] = n * t / threads;
}

struct parse_ctx {
	const char *buf;
	const struct span *elems;
	json_t **out;
	bool failed[CP_PAR_MAX];
};

static void parse_range(void *arg, size_t from, size_t to, unsigned t)
{
	struct parse_ctx *x = arg;
	json_error_t je;

	for (size_t i = from; i < to; i++) {
		const struct span *e = &x->elems[i];

		/* an element may be any value, not only an array or object */
		x->out[i] = json_loadb(x->buf + e->a, e->b - e->a, JSON_DECODE_ANY, &je);
		if (!x->out[i]) {
			x->failed[t] = true;
			break;
		}
	}
}

static json_t *par(const char *buf, size_t len, const char *key, unsigned threads)
{
	struct span arr, *el = NULL;
	size_t n = 0;
	json_t *top = NULL, *a = NULL, **out = NULL;
	struct parse_ctx x = { .buf = buf };
	size_t bounds[CP_PAR_MAX + 1];
	json_error_t je;
	char *rest = NULL;
	bool ok = false;

	if (!find_array(buf, len, key, &arr, &el, &n) || n < 2 * threads)
		goto out;
	rest = malloc(len - (arr.b - arr.a) + 2);
	out = calloc(n, sizeof(*out));
	if (!rest || !out)
		goto out;
	memcpy(rest, buf, arr.a);
	memcpy(rest + arr.a, "[]", 2);
	memcpy(rest + arr.a + 2, buf + arr.b, len - arr.b);
	/* Elements to threads by bytes; thread 0 is this one. */
	size_t bytes = arr.b - arr.a, per = bytes / threads + 1, at = 0;
	for (unsigned t = 0; t < threads; t++) {
		size_t acc = 0;

		bounds[t] = at;
		while (at < n && (t == threads - 1 || acc < per)) {
			acc += el[at].b - el[at].a;
			at++;
		}
	}
	bounds[threads] = n;
	x.elems = el;
	x.out = out;
	/* The rest first, on this thread: it is small, and jansson's hash
	 * seed is set before any other thread creates an object. */
	top = json_loadb(rest, len - (arr.b - arr.a) + 2, 0, &je);
	if (!top)
		goto out;
	cp_par_for(threads, bounds, parse_range, &x);
	ok = true;
	for (unsigned t = 0; t < threads; t++)
		ok = ok && !x.failed[t];
	if (!ok)
		goto out;
	a = json_object_get(top, key);
	ok = json_is_array(a) && json_array_size(a) == 0;
	for (size_t i = 0; ok && i < n; i++) {
		ok = json_array_append_new(a, out[i]) == 0;
		out[i] = NULL;
	}
	if (ok)
		atomic_fetch_add(&splits, 1);
out:
	if (out) {
		for (size_t i = 0; i < n; i++)
			json_decref(out[i]);
	}
	if (!ok) {
		json_decref(top);
		top = NULL;
	}
	free(out);
	free(rest);
	free(el);
	return top;
}

json_t *cp_json_loadb_par(const char *buf, size_t len, const char *key, unsigned threads,
			  json_error_t *je)
{
	return cp_json_loadb_par_ex(buf, len, key, threads, CP_JSON_PAR_MIN, je);
}

json_t *cp_json_loadb_par_ex(const char *buf, size_t len, const char *key, unsigned threads,
			     size_t min_len, json_error_t *je)
{
	json_t *j = NULL;

	if (threads > CP_PAR_MAX)
		threads = CP_PAR_MAX;
	if (threads >= 2 && len >= min_len)
		j = par(buf, len, key, threads);
	return j ? j : json_loadb(buf, len, 0, je);
}

unsigned cp_json_par_threads(void)
{
	cpu_set_t set;
	int n;

	if (sched_getaffinity(0, sizeof(set), &set) != 0)
		return 1;
	n = CPU_COUNT(&set);
	return n < 1 ? 1 : n > CP_PAR_MAX ? CP_PAR_MAX : (unsigned)n;
}

static void free_range(void *arg, size_t from, size_t to, unsigned t)
{
	json_t **el = arg;

	(void)t;
	for (size_t i = from; i < to; i++)
		json_decref(el[i]);
}

void cp_json_decref_par(json_t *j, const char *key, unsigned threads)
{
	json_t *a = json_is_object(j) && j->refcount == 1 ? json_object_get(j, key) : NULL;
	size_t n = json_array_size(a), bounds[CP_PAR_MAX + 1];
	json_t **el;

	if (threads > CP_PAR_MAX)
		threads = CP_PAR_MAX;
	/* Only a big tree nobody else holds a part of. */
	if (threads < 2 || n < 2048 || a->refcount != 1 || !(el = malloc(n * sizeof(*el)))) {
		json_decref(j);
		return;
	}
	for (size_t i = 0; i < n; i++) {
		el[i] = json_array_get(a, i);
		if (el[i]->refcount != 1) {
			free(el);
			json_decref(j);
			return;
		}
	}
	/* Hold each element, empty the array (the references drop to ours,
	 * nothing is freed), free the element trees in parallel, then the
	 * rest. */
	for (size_t i = 0; i < n; i++)
		json_incref(el[i]);
	json_array_clear(a);
	cp_par_split(threads, n, bounds);
	cp_par_for(threads, bounds, free_range, el);
	free(el);
	json_decref(j);
}
