/* fuzz-replay.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-fuzz-replay"

#include "config.h"

#include <glib.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>

/*
 * Runs the fuzz target on files, without libFuzzer: the `fuzz-replay` test
 * feeds it the malformed-file corpus and the seeds in every build, and a
 * crash the fuzzer found can be replayed with any compiler:
 *
 *   _build/tests/fuzz/fuzz-replay crash-1234…
 */

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &data, &length, &error))
    g_error ("%s", error->message);

  LLVMFuzzerTestOneInput ((const uint8_t *)data, length);
  printf ("ok %s\n", path);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(char * const *)a, *(char * const *)b);
}

int
main (int   argc,
      char *argv[])
{
  guint n = 0;

  setlocale (LC_ALL, "C.UTF-8");

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GDir) dir = NULL;
      const char *name;

      if (!g_file_test (argv[i], G_FILE_TEST_IS_DIR))
        {
          replay (argv[i]);
          n++;
          continue;
        }

      if (!(dir = g_dir_open (argv[i], 0, NULL)))
        g_error ("Cannot read the folder %s", argv[i]);
      while ((name = g_dir_read_name (dir)) != NULL)
        g_ptr_array_add (files, g_build_filename (argv[i], name, NULL));
      g_ptr_array_sort (files, compare_strings);

      for (guint j = 0; j < files->len; j++)
        replay (g_ptr_array_index (files, j));
      n += files->len;
    }

  if (n == 0)
    g_error ("No input files");
  printf ("%u inputs replayed\n", n);
  return 0;
}
