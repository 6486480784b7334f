/* rapport-bench-storage.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-bench"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "rapport-bench-generate.h"
#include "rapport-database-private.h"
#include "rapport-repository.h"
#include "rapport-store.h"

/* Prints how the storage and model layers perform on generated notebooks of
 * several sizes (1.0 = 1,000 mentees, 50,000 sessions, 100,000 promises).
 * Not a test: nothing here fails on a slow machine. See docs/performance.md
 * and build-aux/bench. */

static char *opt_scales = NULL;
static char *opt_dir = NULL;
static int opt_queries = 300;
static int opt_saves = 50;
static gboolean opt_keep = FALSE;

static const GOptionEntry entries[] = {
  { "scales", 0, 0, G_OPTION_ARG_STRING, &opt_scales, "Comma-separated sizes (default 0.1,1,10)", "LIST" },
  { "dir", 0, 0, G_OPTION_ARG_FILENAME, &opt_dir, "Where to generate the notebooks", "DIR" },
  { "queries", 0, 0, G_OPTION_ARG_INT, &opt_queries, "Search queries per size", "N" },
  { "saves", 0, 0, G_OPTION_ARG_INT, &opt_saves, "Note saves per size", "N" },
  { "keep", 0, 0, G_OPTION_ARG_NONE, &opt_keep, "Keep the generated notebooks", NULL },
  { NULL }
};

typedef struct
{
  GArray *ms;
} Samples;

static void
samples_init (Samples *s)
{
  s->ms = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
samples_add (Samples *s,
             gint64   start_us)
{
  double ms = (g_get_monotonic_time () - start_us) / 1000.0;
  g_array_append_val (s->ms, ms);
}

static int
cmp_double (gconstpointer a,
            gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

static double
pct (Samples *s,
     double   p)
{
  guint i;

  if (s->ms->len == 0)
    return 0;
  g_array_sort (s->ms, cmp_double);
  i = (guint)(p / 100.0 * (s->ms->len - 1) + 0.5);
  return g_array_index (s->ms, double, i);
}

static void
samples_clear (Samples *s)
{
  g_array_unref (s->ms);
}

static void
row (const char *what,
     Samples    *s)
{
  printf ("| %-44s | %9.2f | %9.2f | %9.2f | %5u |\n", what, pct (s, 50), pct (s, 99),
          pct (s, 100), s->ms->len);
  samples_clear (s);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
bench_scale (double      scale,
             const char *base)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *dir = g_strdup_printf ("%s/notebook-%g", base, scale);
  g_autofree char *backups = g_build_filename (dir, "backups", NULL);
  g_autofree char *today = g_date_time_format (now, "rapport-%Y-%m-%d.db");
  g_autofree char *today_backup = g_build_filename (backups, today, NULL);
  g_autofree char *db_path = g_build_filename (dir, "rapport.db", NULL);
  g_autoptr(GRand) rand = g_rand_new_with_seed (4242);
  RapportBenchCounts counts;
  RapportStoreNow snow;
  GStatBuf st;
  Samples s;
  gint64 t;

  remove_tree (dir);
  g_mkdir_with_parents (dir, 0700);

  t = g_get_monotonic_time ();
  if (!rapport_bench_generate (dir, scale, 20260101, now, &counts, &error))
    g_error ("Generating: %s", error->message);
  g_stat (db_path, &st);

  printf ("\n### Scale %g: %u mentees, %u sessions, %u promises, %u goals\n\n",
          scale, counts.mentees, counts.sessions, counts.commitments, counts.goals);
  printf ("Notes: %.1f MiB of text; file: %.1f MiB; generated in %.1f s.\n\n",
          counts.note_bytes / 1048576.0, st.st_size / 1048576.0,
          (g_get_monotonic_time () - t) / 1e6);
  printf ("| %-44s | %9s | %9s | %9s | %5s |\n", "operation (ms)", "p50", "p99", "max", "runs");
  printf ("|%s|%s|%s|%s|%s|\n", "----------------------------------------------",
          "-----------", "-----------", "-----------", "-------");

  /* The daily backup is taken on the first open of the day; keep it out of
   * the open figures (it is measured on its own below). */
  g_mkdir_with_parents (backups, 0700);

  /* Backup (VACUUM INTO + verification). */
  samples_init (&s);
  {
    g_autoptr(RapportDatabase) db = rapport_database_open (db_path, RAPPORT_DATABASE_OPEN_NONE, &error);
    g_autofree char *dest = g_build_filename (backups, "bench-copy.db", NULL);

    g_assert_no_error (error);
    for (int i = 0; i < 3; i++)
      {
        g_unlink (dest);
        t = g_get_monotonic_time ();
        if (!rapport_database_backup_to (db, dest, &error))
          g_error ("%s", error->message);
        samples_add (&s, t);
      }
    g_unlink (dest);
  }
  g_file_set_contents (today_backup, "", 0, NULL);

  /* Open: database only (open sequence with quick_check), then the whole
   * repository (plus mentee list with summaries and agenda). */
  samples_init (&s);
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(RapportDatabase) db = NULL;

      t = g_get_monotonic_time ();
      db = rapport_database_open (db_path, RAPPORT_DATABASE_OPEN_NONE, &error);
      g_assert_no_error (error);
      samples_add (&s, t);
    }
  row ("open database (incl. quick_check)", &s);

  samples_init (&s);
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(RapportDatabase) db = NULL;
      sqlite3 *h;

      db = rapport_database_open (db_path, RAPPORT_DATABASE_OPEN_NONE, &error);
      h = _rapport_database_get_handle (db);
      t = g_get_monotonic_time ();
      sqlite3_exec (h, "PRAGMA quick_check", NULL, NULL, NULL);
      samples_add (&s, t);
    }
  row ("  of which quick_check", &s);

  samples_init (&s);
  for (int i = 0; i < 7; i++)
    {
      g_autoptr(RapportRepository) repo = NULL;

      t = g_get_monotonic_time ();
      repo = rapport_repository_new (dir, &error);
      g_assert_no_error (error);
      samples_add (&s, t);
    }
  row ("open repository (open + lists + agenda)", &s);

  {
    g_autoptr(RapportRepository) repo = rapport_repository_new (dir, &error);
    RapportDatabase *db = rapport_repository_get_database (repo);
    GListModel *mentees = rapport_repository_get_mentees (repo);
    guint n_mentees = g_list_model_get_n_items (mentees);

    g_assert_no_error (error);
    rapport_store_now_init (&snow, now);

    samples_init (&s);
    for (int i = 0; i < 30; i++)
      {
        g_autoptr(GPtrArray) rows = NULL;
        t = g_get_monotonic_time ();
        rows = rapport_store_mentees_list (db, RAPPORT_TYPE_MENTEE, &snow, 0, &error);
        g_assert_no_error (error);
        samples_add (&s, t);
      }
    row ("mentee list with attention summary (query)", &s);

    samples_init (&s);
    for (int i = 0; i < 30; i++)
      {
        g_autoptr(GPtrArray) a = NULL;
        g_autoptr(GPtrArray) b = NULL;
        t = g_get_monotonic_time ();
        a = rapport_store_commitments_list_open_due (db, RAPPORT_TYPE_AGENDA_ITEM, snow.today, &error);
        b = rapport_store_sessions_list_planned (db, RAPPORT_TYPE_AGENDA_ITEM, snow.day_start, snow.week_end, &error);
        g_assert_no_error (error);
        samples_add (&s, t);
      }
    row ("Today agenda (queries)", &s);

    samples_init (&s);
    for (int i = 0; i < 30; i++)
      {
        t = g_get_monotonic_time ();
        if (!rapport_repository_refresh (repo, &error))
          g_error ("%s", error->message);
        samples_add (&s, t);
      }
    row ("refresh all lists (mentees + summary + agenda)", &s);

    samples_init (&s);
    for (int i = 0; i < 50; i++)
      {
        g_autoptr(RapportMentee) m = g_list_model_get_item (mentees, g_rand_int_range (rand, 0, n_mentees));
        gint64 id = rapport_item_get_id (RAPPORT_ITEM (m));
        g_autoptr(GListModel) sessions = NULL;
        g_autoptr(GListModel) commitments = NULL;
        g_autoptr(GListModel) goals = NULL;

        t = g_get_monotonic_time ();
        sessions = rapport_repository_list_sessions (repo, id);
        commitments = rapport_repository_list_commitments (repo, id);
        goals = rapport_repository_list_goals (repo, id);
        samples_add (&s, t);
        g_assert_cmpuint (g_list_model_get_n_items (sessions), >, 0);
      }
    row ("a mentee's page (sessions, promises, goals)", &s);

    /* Search: one or two words drawn like the notes' own words. */
    {
      Samples s_rare;
      g_autoptr(GRand) qrand = g_rand_new_with_seed (7);

      samples_init (&s);
      samples_init (&s_rare);
      for (int i = 0; i < opt_queries; i++)
        {
          g_autofree char *q = NULL;
          g_autoptr(GListModel) r = NULL;
          gboolean rare = i % 3 == 0;
          const char *w1 = rapport_bench_random_word (qrand);
          g_autofree char *w1c = g_strdup (w1);

          if (rare)
            q = g_strdup_printf ("ticket%u", (guint)g_rand_int_range (qrand, 0, 200000));
          else if (i % 3 == 1)
            q = g_strdup_printf ("%s %s", w1c, rapport_bench_random_word (qrand));
          else
            q = g_strdup (w1c);

          t = g_get_monotonic_time ();
          r = rapport_repository_search (repo, q, 50, &error);
          g_assert_no_error (error);
          samples_add (rare ? &s_rare : &s, t);
        }
      row ("search, common words (limit 50, snippets)", &s);
      row ("search, rare word (limit 50, snippets)", &s_rare);
    }

    /* Save a note: the durable commit alone, then through the repository
     * (validation, commit, lists refreshed in place). */
    {
      g_autoptr(RapportMentee) m = g_list_model_get_item (mentees, n_mentees / 2);
      g_autoptr(GListModel) sessions = rapport_repository_list_sessions (repo, rapport_item_get_id (RAPPORT_ITEM (m)));
      g_autoptr(RapportSessionNote) note = g_list_model_get_item (sessions, 3);
      g_autofree char *original = g_strdup (rapport_session_note_get_notes (note));

      samples_init (&s);
      for (int i = 0; i < opt_saves; i++)
        {
          g_autofree char *text = g_strdup_printf ("%s Edit %d.", original, i);

          rapport_session_note_set_notes (note, text);
          t = g_get_monotonic_time ();
          if (!rapport_database_begin (db, &error) ||
              !rapport_store_sessions_update (db, G_OBJECT (note), &error) ||
              !rapport_database_commit (db, &error))
            g_error ("%s", error->message);
          samples_add (&s, t);
        }
      row ("save a note: durable commit (storage)", &s);

      samples_init (&s);
      for (int i = 0; i < opt_saves; i++)
        {
          g_autofree char *text = g_strdup_printf ("%s Second edit %d.", original, i);

          rapport_session_note_set_notes (note, text);
          t = g_get_monotonic_time ();
          if (!rapport_repository_save (repo, RAPPORT_ITEM (note), &error))
            g_error ("%s", error->message);
          samples_add (&s, t);
        }
      row ("save a note: repository (commit + list refresh)", &s);
    }
  }

  if (!opt_keep)
    remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- storage benchmark");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) scales = NULL;
  g_autofree char *base = NULL;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  base = opt_dir ? g_strdup (opt_dir) : g_dir_make_tmp ("rapport-bench-XXXXXX", &error);
  if (base == NULL)
    g_error ("%s", error->message);
  g_mkdir_with_parents (base, 0700);

  printf ("# Rapport storage benchmark\n\nSQLite %s, GLib %u.%u.%u\n", sqlite3_libversion (),
          glib_major_version, glib_minor_version, glib_micro_version);

  scales = g_strsplit (opt_scales ? opt_scales : "0.1,1,10", ",", -1);
  for (guint i = 0; scales[i]; i++)
    bench_scale (g_ascii_strtod (scales[i], NULL), base);

  if (!opt_keep && opt_dir == NULL)
    g_rmdir (base);

  return 0;
}
