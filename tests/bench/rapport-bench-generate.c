/* rapport-bench-generate.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-bench"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rapport-bench-generate.h"
#include "rapport-database-private.h"

/* A deterministic heavy notebook: at scale 1, 1,000 mentees with ten years of
 * history — 50 sessions, 100 promises and 5 goals each — and notes of
 * realistic length (a few sentences to a couple of pages, ~700 bytes on
 * average). The same seed gives the same notebook (relative to "now"). */

static const char *words[] = {
  "the", "and", "to", "of", "a", "in", "we", "about", "that", "is", "for", "on", "with", "they",
  "talked", "feedback", "review", "team", "manager", "project", "goal", "career", "promotion",
  "conference", "talk", "presentation", "deadline", "stress", "confidence", "learning", "skills",
  "interview", "salary", "negotiation", "leadership", "delegation", "meeting", "roadmap",
  "design", "architecture", "code", "testing", "release", "customer", "stakeholder", "budget",
  "hiring", "onboarding", "mentoring", "coaching", "listening", "burnout", "vacation", "balance",
  "priorities", "writing", "reading", "book", "article", "course", "certificate", "kubernetes",
  "python", "rust", "frontend", "backend", "database", "migration", "incident", "postmortem",
  "retrospective", "sprint", "planning", "estimation", "conflict", "colleague", "peer", "network",
  "introduction", "portfolio", "resume", "linkedin", "blog", "open", "source", "community",
  "volunteer", "public", "speaking", "workshop", "newsletter", "podcast", "strategy", "vision",
  "values", "growth", "mindset", "habits", "routine", "morning", "energy", "focus", "boundaries",
  "family", "health", "move", "relocation", "remote", "office", "commute", "visa", "parental",
  "leave", "celebrate", "win", "shipped", "launched", "praised", "award", "milestone", "progress",
  "blocked", "stuck", "unclear", "expectations", "scope", "ownership", "accountability", "trust",
  "honest", "difficult", "conversation", "apology", "recognition", "impact", "metrics", "data",
  "analysis", "report", "dashboard", "quarter", "annual", "plan", "next", "steps", "follow",
  "up", "send", "share", "ask", "introduce", "read", "draft", "outline", "slides", "demo",
};

static const char *names[] = {
  "Alex", "Priya", "Dana", "Sam", "Noor", "Jonas", "Mei", "Tomás", "Aisha", "Luca", "Ines",
  "Kofi", "Hana", "Mateo", "Yara", "Oskar", "Leila", "Ravi", "Sofia", "Emeka",
};

static const char *surnames[] = {
  "Morgan", "Shah", "Lee", "Okafor", "Novak", "Kim", "García", "Haddad", "Rossi", "Nielsen",
  "Tanaka", "Mensah", "Dubois", "Silva", "Kowalski", "Ahmed", "Berg", "Costa", "Ivanova", "Park",
};

/* Zipf-like: common words are much more frequent, as in real notes; every
 * 40th word is a rare synthetic token (a name or a ticket number). */
const char *
rapport_bench_random_word (GRand *rand)
{
  static char rare[32];
  double r = g_rand_double (rand);

  if (g_rand_int_range (rand, 0, 40) == 0)
    {
      g_snprintf (rare, sizeof rare, "ticket%u", (guint)g_rand_int_range (rand, 0, 200000));
      return rare;
    }

  return words[(guint)(r * r * G_N_ELEMENTS (words))];
}

static char *
random_text (GRand *rand,
             guint  min_bytes,
             guint  max_bytes)
{
  GString *s = g_string_new (NULL);
  /* Log-uniform length: many short notes, some long ones. */
  double lo = log (min_bytes), hi = log (max_bytes);
  guint target = (guint)exp (lo + g_rand_double (rand) * (hi - lo));
  guint sentence = 0;

  while (s->len < target)
    {
      const char *w = rapport_bench_random_word (rand);

      if (sentence == 0 && s->len > 0)
        g_string_append (s, ". ");
      else if (s->len > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, w);
      sentence = (sentence + 1) % (8 + g_rand_int_range (rand, 0, 10));
      if (g_rand_int_range (rand, 0, 400) == 0)
        g_string_append (s, ".\n\n");
    }
  g_string_append_c (s, '.');

  return g_string_free (s, FALSE);
}

static void
uuid_from (GRand *rand,
           char   out[37])
{
  g_snprintf (out, 37, "%08x-%04x-4%03x-8%03x-%08x%04x",
              g_rand_int (rand), g_rand_int (rand) & 0xffff, g_rand_int (rand) & 0xfff,
              g_rand_int (rand) & 0xfff, g_rand_int (rand), g_rand_int (rand) & 0xffff);
}

static gboolean
step (RapportDatabase *db,
      sqlite3_stmt    *stmt,
      GError         **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _rapport_database_set_error (_rapport_database_get_handle (db), rc, error);
  return TRUE;
}

static char *
date_str (gint64 unix_time)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_local (unix_time);
  return g_date_time_format (dt, "%Y-%m-%d");
}

/**
 * rapport_bench_generate:
 * @data_dir: an empty folder; `rapport.db` is created in it
 * @scale: 1.0 for the heavy notebook of DESIGN.md §8
 * @seed: the random seed
 * @now: the instant the history ends at
 */
gboolean
rapport_bench_generate (const char          *data_dir,
                        double               scale,
                        guint32              seed,
                        GDateTime           *now,
                        RapportBenchCounts  *counts,
                        GError             **error)
{
  g_autoptr(RapportDatabase) db = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree char *path = g_build_filename (data_dir, "rapport.db", NULL);
  sqlite3_stmt *ins_mentee, *ins_session, *ins_commitment, *ins_goal;
  guint n_mentees = MAX (1, (guint)(1000 * scale + 0.5));
  gint64 t_now = g_date_time_to_unix (now);
  RapportBenchCounts c = { 0 };

  if (!(db = rapport_database_open (path, RAPPORT_DATABASE_OPEN_NONE, error)))
    return FALSE;

  if (!(ins_mentee = _rapport_database_prepare (db,
          "INSERT INTO mentees (uuid, name, role, organization, status, cadence_days,"
          " max_gap_days, about, tags, created_at, updated_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) ||
      !(ins_session = _rapport_database_prepare (db,
          "INSERT INTO sessions (uuid, mentee_id, starts_at, duration_minutes, status, agenda,"
          " notes, rating, takeaway, wins, created_at, updated_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) ||
      !(ins_commitment = _rapport_database_prepare (db,
          "INSERT INTO commitments (uuid, mentee_id, session_id, owner, kind, title, details,"
          " due_date, due_time, status, done_at, created_at, updated_at)"
          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error)) ||
      !(ins_goal = _rapport_database_prepare (db,
          "INSERT INTO goals (uuid, mentee_id, title, details, target_date, status, progress,"
          " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", error)))
    return FALSE;

  if (!rapport_database_begin (db, error))
    return FALSE;

  for (guint m = 0; m < n_mentees; m++)
    {
      static const char *statuses[] = { "active", "active", "active", "active", "paused", "archived" };
      static const char *kinds[] = { "resource", "introduction", "check-in", "task", "other" };
      static const char *session_status[] = { "held", "held", "held", "held", "held", "held",
                                              "held", "held", "held", "cancelled-by-me",
                                              "cancelled-by-them", "no-show" };
      char uuid[37];
      g_autofree char *name = g_strdup_printf ("%s %s %u", names[g_rand_int_range (rand, 0, G_N_ELEMENTS (names))],
                                               surnames[g_rand_int_range (rand, 0, G_N_ELEMENTS (surnames))], m);
      g_autofree char *about = random_text (rand, 80, 1200);
      int cadence = 7 * g_rand_int_range (rand, 1, 5);
      gint64 mentee_id;
      gint64 start = t_now - g_rand_int_range (rand, 30, 3650) * 86400LL;
      guint n_sessions = 50, n_commitments = 100;
      gint64 *session_ids = g_new0 (gint64, n_sessions);
      gint64 *session_times = g_new0 (gint64, n_sessions);

      uuid_from (rand, uuid);
      sqlite3_bind_text (ins_mentee, 1, uuid, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (ins_mentee, 2, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (ins_mentee, 3, "Engineer", -1, SQLITE_STATIC);
      sqlite3_bind_text (ins_mentee, 4, "Example Org", -1, SQLITE_STATIC);
      sqlite3_bind_text (ins_mentee, 5, statuses[g_rand_int_range (rand, 0, G_N_ELEMENTS (statuses))], -1, SQLITE_STATIC);
      sqlite3_bind_int (ins_mentee, 6, cadence);
      sqlite3_bind_int (ins_mentee, 7, cadence * 2);
      sqlite3_bind_text (ins_mentee, 8, about, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (ins_mentee, 9, "engineering", -1, SQLITE_STATIC);
      sqlite3_bind_int64 (ins_mentee, 10, start);
      sqlite3_bind_int64 (ins_mentee, 11, start);
      if (!step (db, ins_mentee, error))
        return FALSE;
      mentee_id = sqlite3_last_insert_rowid (_rapport_database_get_handle (db));
      c.mentees++;

      for (guint s = 0; s < n_sessions; s++)
        {
          /* Spread over the mentee's history; the last one or two are planned. */
          gboolean planned = s >= n_sessions - 1 - (m % 2);
          gint64 when = planned ? t_now + g_rand_int_range (rand, 1, 21 * 24) * 3600LL
                                : start + (t_now - start) * (gint64)s / n_sessions;
          g_autofree char *agenda = random_text (rand, 20, 200);
          g_autofree char *notes = planned ? NULL : random_text (rand, 120, 4000);
          g_autofree char *takeaway = planned ? NULL : random_text (rand, 20, 160);

          uuid_from (rand, uuid);
          sqlite3_bind_text (ins_session, 1, uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (ins_session, 2, mentee_id);
          sqlite3_bind_int64 (ins_session, 3, when);
          sqlite3_bind_int (ins_session, 4, 30 + 15 * g_rand_int_range (rand, 0, 4));
          sqlite3_bind_text (ins_session, 5, planned ? "planned" : session_status[g_rand_int_range (rand, 0, G_N_ELEMENTS (session_status))], -1, SQLITE_STATIC);
          sqlite3_bind_text (ins_session, 6, agenda, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ins_session, 7, notes, -1, SQLITE_TRANSIENT);
          if (planned || g_rand_int_range (rand, 0, 3) == 0)
            sqlite3_bind_null (ins_session, 8);
          else
            sqlite3_bind_int (ins_session, 8, g_rand_int_range (rand, 3, 6));
          sqlite3_bind_text (ins_session, 9, takeaway, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ins_session, 10, planned ? NULL : "Shipped a feature", -1, SQLITE_STATIC);
          sqlite3_bind_int64 (ins_session, 11, when);
          sqlite3_bind_int64 (ins_session, 12, when);
          if (!step (db, ins_session, error))
            return FALSE;
          session_ids[s] = sqlite3_last_insert_rowid (_rapport_database_get_handle (db));
          session_times[s] = when;
          c.sessions++;
          c.note_bytes += notes ? strlen (notes) : 0;
        }

      for (guint k = 0; k < n_commitments; k++)
        {
          guint s = MIN (k / 2, n_sessions - 3);
          gint64 made = session_times[s];
          gint64 due = made + g_rand_int_range (rand, 1, 21) * 86400LL;
          gboolean recent = k >= n_commitments - 6;
          const char *status;
          g_autofree char *title = g_strdup_printf ("%s %s %s", g_rand_boolean (rand) ? "Send" : "Share",
                                                    rapport_bench_random_word (rand),
                                                    rapport_bench_random_word (rand));
          g_autofree char *details = random_text (rand, 10, 300);
          g_autofree char *due_s = NULL;

          if (recent)
            due = t_now + g_rand_int_range (rand, -20, 20) * 86400LL;
          due_s = date_str (due);
          status = recent ? "open" : (g_rand_int_range (rand, 0, 30) == 0 ? "dropped" : "done");

          uuid_from (rand, uuid);
          sqlite3_bind_text (ins_commitment, 1, uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (ins_commitment, 2, mentee_id);
          sqlite3_bind_int64 (ins_commitment, 3, session_ids[s]);
          sqlite3_bind_text (ins_commitment, 4, k % 5 < 3 ? "mentor" : "mentee", -1, SQLITE_STATIC);
          sqlite3_bind_text (ins_commitment, 5, kinds[k % G_N_ELEMENTS (kinds)], -1, SQLITE_STATIC);
          sqlite3_bind_text (ins_commitment, 6, title, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ins_commitment, 7, details, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ins_commitment, 8, due_s, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ins_commitment, 9, k % 4 == 0 ? "10:00" : NULL, -1, SQLITE_STATIC);
          sqlite3_bind_text (ins_commitment, 10, status, -1, SQLITE_STATIC);
          if (g_str_equal (status, "done"))
            sqlite3_bind_int64 (ins_commitment, 11, due - 3600);
          else
            sqlite3_bind_null (ins_commitment, 11);
          sqlite3_bind_int64 (ins_commitment, 12, made);
          sqlite3_bind_int64 (ins_commitment, 13, made);
          if (!step (db, ins_commitment, error))
            return FALSE;
          c.commitments++;
        }

      for (guint g = 0; g < 5; g++)
        {
          g_autofree char *title = g_strdup_printf ("Grow in %s", rapport_bench_random_word (rand));
          g_autofree char *target = date_str (start + (g + 1) * 180 * 86400LL);

          uuid_from (rand, uuid);
          sqlite3_bind_text (ins_goal, 1, uuid, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (ins_goal, 2, mentee_id);
          sqlite3_bind_text (ins_goal, 3, title, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ins_goal, 4, "Clear success criteria", -1, SQLITE_STATIC);
          sqlite3_bind_text (ins_goal, 5, target, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (ins_goal, 6, g < 4 ? "achieved" : "active", -1, SQLITE_STATIC);
          sqlite3_bind_int (ins_goal, 7, g < 4 ? 100 : g_rand_int_range (rand, 0, 90));
          sqlite3_bind_int64 (ins_goal, 8, start);
          sqlite3_bind_int64 (ins_goal, 9, start);
          if (!step (db, ins_goal, error))
            return FALSE;
          c.goals++;
        }

      g_free (session_ids);
      g_free (session_times);
    }

  if (!rapport_database_commit (db, error))
    return FALSE;

  /* Fold the WAL into the main file as a long-lived notebook would be. */
  if (!_rapport_database_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", error))
    return FALSE;

  if (counts)
    *counts = c;
  return TRUE;
}
