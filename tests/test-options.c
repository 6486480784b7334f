/* test-options.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rapport-options.h"
#include "rapport-test-utils.h"

static void
test_version (void)
{
  const char *args[] = { "--version", NULL };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  g_autofree char *data_dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  int status;

  out = rapport_test_run_rapport (args, NULL, &err, &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "rapport " PACKAGE_VERSION "\n");

  /* Asking for the version must not create a notebook. */
  g_assert_cmpint (rapport_test_file_mode (data_dir), ==, -1);
}

static void
test_help_lists_every_option (void)
{
  const char *args[] = { "--help", NULL };
  const GOptionEntry *entries = rapport_options_get_entries ();
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  int status;

  out = rapport_test_run_rapport (args, NULL, NULL, &status);
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; entries[i].long_name != NULL; i++)
    {
      g_autofree char *flag = g_strdup_printf ("--%s", entries[i].long_name);
      guint found = 0;

      for (guint j = 0; lines[j] != NULL; j++)
        {
          const char *line = g_strchug (lines[j]);

          /* "--export=FILE   Export …": the flag starts the line, followed by
           * '=' or blanks, and its description is on the same line. */
          if (g_str_has_prefix (line, flag) &&
              (line[strlen (flag)] == '=' || line[strlen (flag)] == ' ') &&
              strstr (line, entries[i].description) != NULL)
            found++;
        }

      g_assert_cmpuint (found, ==, 1);
    }
}

static void
test_unavailable_options_fail (void)
{
  const char *cases[][3] = {
    { "--background", NULL },
    { "--export=notebook.json", NULL },
    { "--import=notebook.json", NULL },
    { "--backup=copy.db", NULL },
    { "--restore=copy.db", NULL },
    { "--agenda", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      g_autofree char *out = NULL;
      g_autofree char *name = g_strndup (cases[i][0] + 2, strcspn (cases[i][0] + 2, "="));
      g_autofree char *expected = g_strdup_printf ("--%s is not available", name);
      int status;

      out = rapport_test_run_rapport (cases[i], NULL, &err, &status);
      g_assert_cmpint (status, !=, 0);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, expected));
    }
}

static void
test_unknown_option (void)
{
  const char *args[] = { "--no-such-option", NULL };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  int status;

  out = rapport_test_run_rapport (args, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "--no-such-option"));
}

static void
test_missing_argument (void)
{
  const char *args[] = { "--export", NULL };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  int status;

  out = rapport_test_run_rapport (args, NULL, &err, &status);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "--export"));
}

static void
test_find_unavailable (void)
{
  g_autoptr(GVariantDict) dict = g_variant_dict_new (NULL);

  g_assert_null (rapport_options_find_unavailable (dict));

  g_variant_dict_insert (dict, "demo", "b", TRUE);
  g_assert_null (rapport_options_find_unavailable (dict));

  g_variant_dict_insert (dict, "agenda", "b", TRUE);
  g_assert_cmpstr (rapport_options_find_unavailable (dict), ==, "agenda");
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/options/version", test_version);
  g_test_add_func ("/rapport/options/help-lists-every-option", test_help_lists_every_option);
  g_test_add_func ("/rapport/options/unavailable-options-fail", test_unavailable_options_fail);
  g_test_add_func ("/rapport/options/unknown-option", test_unknown_option);
  g_test_add_func ("/rapport/options/missing-argument", test_missing_argument);
  g_test_add_func ("/rapport/options/find-unavailable", test_find_unavailable);

  return g_test_run ();
}
