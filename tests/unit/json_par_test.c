/*
 * controlplane/json_par.c: the split parse gives json_loadb's result —
 * the same tree, or the same error — on map-response-shaped documents and
 * on the cases the scanner must refuse (a duplicate or escaped key, an
 * empty element, trailing garbage, deep nesting), and it really splits the
 * ordinary ones. tests/fuzz/json_par_fuzz.c checks arbitrary input.
 */
#include <CUnit/CUnit.h>
#include <jansson.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json_par.h"
#include "test_util.h"

void json_par_test_register(void);

/* Parse both ways; true when they agree. *split: the parse was split. */
static bool same(const char *doc, size_t len, unsigned threads, bool *split)
{
	json_error_t e1, e2;
	uint64_t before = cp_json_par_splits();
	json_t *a = json_loadb(doc, len, 0, &e1);
	json_t *b = cp_json_loadb_par_ex(doc, len, "Peers", threads, 0, &e2);
	bool ok;

	*split = cp_json_par_splits() != before;
	if (!a || !b)
		ok = !a && !b && e1.line == e2.line && e1.column == e2.column &&
		     e1.position == e2.position && !strcmp(e1.text, e2.text);
	else
		ok = json_equal(a, b);
	json_decref(a);
	json_decref(b);
	return ok;
}

static void test_cases(void)
{
	static const struct {
		const char *doc;
		bool split;
	} cases[] = {
		{ "{\"Peers\":[{\"ID\":1},{\"ID\":2,\"S\":\"a,]}\\\"\"},[1,[2]],\"x,y\",3,null,true]}", true },
		{ "{\"A\":{\"Peers\":[1]},\"Peers\":[1,2,3,4,5],\"B\":\"]\"}", true },
		{ " {\"x\":1, \"Peers\" : [ {} , {\"a\":[]} , [] , \"\\\\\" , 0.5e3 ] } ", true },
		{ "{\"Peers\":[1,2,3,4],\"Peers\":[5,6,7,8]}", false },     /* jansson: last wins */
		{ "{\"Pe\\u0065rs\":[1,2,3,4,5]}", false },                /* escaped key */
		{ "{\"Peers\":[1,2,,3,4]}", false },                        /* empty element */
		{ "{\"Peers\":[1,2,3,4,]}", false },                        /* trailing comma */
		{ "{\"Peers\":[1,2,3,4]} x", false },                       /* garbage after */
		{ "{\"Peers\":[1,2,3,4],\"B\":}", false },                  /* bad rest */
		{ "{\"Peers\":[1,2,3,{\"a\":tru}]}", false },               /* bad element */
		{ "{\"Peers\":[1,2,3,\"\\u0000\"]}", false },              /* NUL: refused */
		{ "{\"Peers\":{\"a\":1}}", false },                         /* not an array */
		{ "[1,2,3,4]", false },                                     /* not an object */
		{ "{\"Peers\":[1,2]}", false },                             /* too few to split */
		{ "{\"Peers\":[\"\\\"]\",\"[\",\"{\",\"}\",\"\\\\\\\"\"]}", true },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		/* Two threads split any array of 4+ elements; more threads
		 * need more elements, so only agreement is checked there. */
		for (unsigned t = 2; t <= 4; t++) {
			bool split, ok = same(cases[i].doc, strlen(cases[i].doc), t, &split);

			if (!ok || (t == 2 && split != cases[i].split) || (split && !cases[i].split))
				fprintf(stderr, "case %zu threads %u: same %d split %d\n", i, t, ok, split);
			CU_ASSERT(ok);
			CU_ASSERT(t != 2 || split == cases[i].split);
			CU_ASSERT(!split || cases[i].split);
		}
	}
}

/* Deeper than the scanner follows: refused, then jansson's own verdict. */
static void test_deep(void)
{
	size_t n = 3000, l = 0;
	char *doc = malloc(2 * n + 64);
	bool split;

	CU_ASSERT_FATAL(doc != NULL);
	l += (size_t)sprintf(doc, "{\"Peers\":[1,2,3,4,");
	for (size_t i = 0; i < n; i++)
		doc[l++] = '[';
	for (size_t i = 0; i < n; i++)
		doc[l++] = ']';
	l += (size_t)sprintf(doc + l, "]}");
	CU_ASSERT(same(doc, l, 2, &split));
	CU_ASSERT(!split);
	free(doc);
}

/* A netmap-sized document over the default threshold: split, and equal. */
static void test_big(void)
{
	size_t cap = 1 << 20, l = 0;
	char *doc = malloc(cap);
	bool split;
	json_error_t je;
	uint64_t before;
	json_t *j;

	CU_ASSERT_FATAL(doc != NULL);
	l += (size_t)snprintf(doc, cap, "{\"Node\":{\"ID\":1},\"Peers\":[");
	for (int i = 0; l + 200 < cap - 64; i++)
		l += (size_t)snprintf(doc + l, cap - l,
				      "%s{\"ID\":%d,\"Name\":\"host-%d\",\"Addresses\":[\"100.64.%d.%d/32\"]}",
				      i ? "," : "", i, i, (i >> 8) & 255, i & 255);
	l += (size_t)snprintf(doc + l, cap - l, "],\"KeepAlive\":false}");
	CU_ASSERT(same(doc, l, 2, &split));
	CU_ASSERT(split);
	before = cp_json_par_splits();
	j = cp_json_loadb_par(doc, l, "Peers", 2, &je);
	CU_ASSERT(j != NULL && cp_json_par_splits() == before + 1);
	/* Freed on two threads (ASan/LSan see a double or missed free). */
	CU_ASSERT(json_array_size(json_object_get(j, "Peers")) >= 2048);
	cp_json_decref_par(j, "Peers", 2);
	free(doc);
}

void json_par_test_register(void)
{
	TG_ADD_SUITE("json_par", NULL, NULL,
		     { "split parse equals json_loadb", test_cases },
		     { "deep nesting falls back", test_deep },
		     { "a big netmap is split", test_big });
}
