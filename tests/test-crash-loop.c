/* test-crash-loop.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include "rapport-repository.h"
#include "rapport-test-utils.h"

/* The same binary is the writer: run with `--crash-writer DIR FIRST` it saves
 * mentee "m<i>" with one session "note <i>" (one batch each) for i = FIRST,
 * FIRST + 1, … and reports each i on stdout only after the save returned. The
 * test SIGKILLs it at random moments and checks that every reported save is
 * in the notebook and that integrity_check is ok. */

#define ROUNDS 25

static int
run_writer (const char *dir,
            gint64      first)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);

  if (repo == NULL)
    {
      fprintf (stderr, "writer: %s\n", error->message);
      return 1;
    }

  for (gint64 i = first; ; i++)
    {
      g_autoptr(RapportMentee) m = rapport_mentee_new ();
      g_autoptr(RapportSessionNote) s = rapport_session_note_new ();
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *name = g_strdup_printf ("m%" G_GINT64_FORMAT, i);
      g_autofree char *filler = g_strnfill (i % 7 == 0 ? 3000 : 5, 'z');
      g_autofree char *notes = g_strdup_printf ("note %" G_GINT64_FORMAT " %s", i, filler);

      if (!rapport_repository_begin_batch (repo, &error))
        break;
      rapport_mentee_set_name (m, name);
      if (!rapport_repository_save (repo, RAPPORT_ITEM (m), &error))
        break;
      rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (m)));
      rapport_session_note_set_starts_at (s, now);
      rapport_session_note_set_status (s, RAPPORT_SESSION_STATUS_HELD);
      rapport_session_note_set_notes (s, notes);
      if (!rapport_repository_save (repo, RAPPORT_ITEM (s), &error) ||
          !rapport_repository_end_batch (repo, &error))
        break;

      /* Acknowledged: tell the parent. */
      printf ("%" G_GINT64_FORMAT "\n", i);
      fflush (stdout);
    }

  fprintf (stderr, "writer: %s\n", error ? error->message : "stopped");
  return 1;
}

static void
test_crash_loop (void)
{
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "rapport", NULL);
  g_autoptr(GArray) acknowledged = g_array_new (FALSE, FALSE, sizeof (gint64));
  const char *self_exe = g_test_get_filename (G_TEST_BUILT, "test-crash-loop", NULL);
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);

  if (!g_file_test (self_exe, G_FILE_TEST_IS_EXECUTABLE))
    self_exe = exe;

  for (guint round = 0; round < ROUNDS; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *first = g_strdup_printf ("%u", round * 1000000);
      const char *args[] = { self_exe, "--crash-writer", dir, first, NULL };
      GPid pid;
      int out_fd;
      int status;
      g_autoptr(GString) output = g_string_new (NULL);
      char buf[4096];
      ssize_t r;
      gulong delay_us;
      g_auto(GStrv) lines = NULL;
      guint reported = 0;

      g_assert_true (g_spawn_async_with_pipes (NULL, (char **)args, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                               NULL, NULL, &pid, NULL, &out_fd, NULL, &error));
      g_assert_no_error (error);

      /* Anywhere from mid-open to many commits in. */
      delay_us = g_test_rand_int_range (2000, 250000);
      g_usleep (delay_us);
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      g_spawn_close_pid (pid);

      while ((r = read (out_fd, buf, sizeof buf)) > 0)
        g_string_append_len (output, buf, r);
      close (out_fd);

      /* A line cut by the kill was not acknowledged yet. */
      lines = g_strsplit (output->str, "\n", -1);
      for (guint i = 0; lines[i] && lines[i + 1]; i++)
        {
          gint64 v = g_ascii_strtoll (lines[i], NULL, 10);
          g_array_append_val (acknowledged, v);
          reported++;
        }
      g_test_message ("round %u: killed after %lu us, %u saves acknowledged",
                      round, delay_us, reported);

      /* Every acknowledged save is there, and the file is sound. */
      {
        g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
        g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
        GListModel *mentees;
        guint n;

        g_assert_no_error (error);
        g_assert_true (rapport_database_integrity_check (rapport_repository_get_database (repo), TRUE, &error));
        g_assert_no_error (error);

        mentees = rapport_repository_get_mentees (repo);
        n = g_list_model_get_n_items (mentees);
        for (guint i = 0; i < n; i++)
          {
            g_autoptr(RapportMentee) m = g_list_model_get_item (mentees, i);
            g_hash_table_add (names, (gpointer)rapport_mentee_get_name (m));

            /* Batches are atomic: no mentee without its session. */
            g_assert_nonnull (rapport_mentee_get_last_held_at (m));
          }

        for (guint i = 0; i < acknowledged->len; i++)
          {
            g_autofree char *name = g_strdup_printf ("m%" G_GINT64_FORMAT,
                                                     g_array_index (acknowledged, gint64, i));
            if (!g_hash_table_contains (names, name))
              g_error ("Acknowledged save %s is missing after SIGKILL", name);
          }

        /* And its notes are searchable (FTS kept in step). */
        if (acknowledged->len > 0)
          {
            g_autofree char *needle = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                       g_array_index (acknowledged, gint64, acknowledged->len - 1));
            g_autoptr(GListModel) found = rapport_repository_search (repo, needle, 5, &error);
            g_assert_no_error (error);
            g_assert_cmpuint (g_list_model_get_n_items (found), >=, 1);
          }
      }
    }

  g_assert_cmpuint (acknowledged->len, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 4 && g_str_equal (argv[1], "--crash-writer"))
    return run_writer (argv[2], g_ascii_strtoll (argv[3], NULL, 10));

  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/rapport/crash-loop/sigkill-writer", test_crash_loop);

  return g_test_run ();
}
