/* counters: the X-macro name tables are complete and unique. */
#include <string.h>

#include "counters.h"
#include "unit/test_util.h"

static void test_names_unique(void)
{
	for (int i = 0; i < TG_DROP__COUNT; i++) {
		CU_ASSERT_PTR_NOT_NULL_FATAL(tg_drop_names[i]);
		CU_ASSERT(strlen(tg_drop_help[i]) > 0);
		for (int j = i + 1; j < TG_DROP__COUNT; j++)
			CU_ASSERT(strcmp(tg_drop_names[i], tg_drop_names[j]) != 0);
	}
	for (int i = 0; i < TG_PATH__COUNT; i++)
		for (int j = i + 1; j < TG_PATH__COUNT; j++)
			CU_ASSERT(strcmp(tg_path_names[i], tg_path_names[j]) != 0);
}

void counters_test_register(void)
{
	TG_ADD_SUITE("counters", NULL, NULL, { "names_unique", test_names_unique });
}
