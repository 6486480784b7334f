/* test-data-dir.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "rapport-context.h"
#include "rapport-data-dir.h"
#include "rapport-test-utils.h"

static void
test_default_follows_xdg (void)
{
  g_autofree char *dir = rapport_data_dir_dup_default ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "rapport", NULL);

  g_assert_cmpstr (dir, ==, expected);
}

static void
test_created_private (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "deeper", "rapport", NULL);

  g_assert_cmpint (rapport_test_file_mode (dir), ==, -1);
  g_assert_true (rapport_data_dir_ensure (dir, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (dir), ==, 0700);

  /* A second call on an existing directory is fine. */
  g_assert_true (rapport_data_dir_ensure (dir, &error));
  g_assert_no_error (error);
}

static void
test_loose_mode_tightened (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_assert_cmpint (rapport_test_file_mode (dir), ==, 0755);

  g_assert_true (rapport_data_dir_ensure (dir, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (dir), ==, 0700);
}

static void
test_file_in_the_way (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);

  g_assert_cmpint (g_mkdir_with_parents (g_get_user_data_dir (), 0700), ==, 0);
  g_assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));

  g_assert_false (rapport_data_dir_ensure (dir, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, dir));
}

static void
test_context_creates_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportContext) context = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);

  g_assert_cmpint (rapport_test_file_mode (dir), ==, -1);

  context = rapport_context_new (NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (context);
  g_assert_cmpstr (rapport_context_get_data_dir (context), ==, dir);
  g_assert_cmpint (rapport_test_file_mode (dir), ==, 0700);
  g_assert_true (G_IS_SETTINGS (rapport_context_get_settings (context)));
}

int
main (int   argc,
      char *argv[])
{
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/data-dir/default-follows-xdg", test_default_follows_xdg);
  g_test_add_func ("/rapport/data-dir/created-private", test_created_private);
  g_test_add_func ("/rapport/data-dir/loose-mode-tightened", test_loose_mode_tightened);
  g_test_add_func ("/rapport/data-dir/file-in-the-way", test_file_in_the_way);
  g_test_add_func ("/rapport/data-dir/context-creates-default", test_context_creates_default);

  return g_test_run ();
}
