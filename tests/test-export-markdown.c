/* test-export-markdown.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rapport-export-markdown.h"
#include "rapport-repository.h"
#include "rapport-test-utils.h"

static GDateTime *
fixed_now (gpointer user_data)
{
  return g_date_time_ref (user_data);
}

static GDateTime *
local_time (int year,
            int month,
            int day,
            int hour,
            int minute)
{
  g_autoptr(GTimeZone) tz = g_time_zone_new_local ();

  return g_date_time_new (tz, year, month, day, hour, minute, 0);
}

static RapportRepository *
open_notebook (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_build_filename (g_get_user_data_dir (), "notebook", NULL);
  RapportRepository *repo = rapport_repository_new (dir, &error);

  g_assert_no_error (error);
  rapport_repository_set_now_func (repo, fixed_now, local_time (2026, 3, 18, 10, 0),
                                   (GDestroyNotify)g_date_time_unref);
  g_assert_true (rapport_repository_refresh (repo, &error));
  g_assert_no_error (error);
  return repo;
}

static void
save (RapportRepository *repo,
      gpointer           item)
{
  g_autoptr(GError) error = NULL;

  rapport_repository_save (repo, item, &error);
  g_assert_no_error (error);
}

static RapportSessionNote *
add_session (RapportRepository    *repo,
             RapportMentee        *mentee,
             GDateTime            *starts_at,
             RapportSessionStatus  status,
             const char           *agenda,
             const char           *notes,
             int                   rating)
{
  RapportSessionNote *s = rapport_session_note_new ();

  rapport_session_note_set_mentee_id (s, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  rapport_session_note_set_starts_at (s, starts_at);
  rapport_session_note_set_status (s, status);
  rapport_session_note_set_duration_minutes (s, 45);
  rapport_session_note_set_agenda (s, agenda);
  rapport_session_note_set_notes (s, notes);
  rapport_session_note_set_rating (s, rating);
  save (repo, s);
  return s;
}

static void
add_commitment (RapportRepository       *repo,
                RapportMentee           *mentee,
                RapportSessionNote      *from,
                RapportCommitmentOwner   owner,
                const char              *title,
                const char              *due_date,
                const char              *due_time,
                RapportCommitmentStatus  status)
{
  g_autoptr(RapportCommitment) c = rapport_commitment_new ();

  rapport_commitment_set_mentee_id (c, rapport_item_get_id (RAPPORT_ITEM (mentee)));
  if (from != NULL)
    rapport_commitment_set_session_id (c, rapport_item_get_id (RAPPORT_ITEM (from)));
  rapport_commitment_set_owner (c, owner);
  rapport_commitment_set_kind (c, RAPPORT_COMMITMENT_KIND_RESOURCE);
  rapport_commitment_set_title (c, title);
  rapport_commitment_set_due_date (c, due_date);
  rapport_commitment_set_due_time (c, due_time);
  rapport_commitment_set_status (c, status);
  if (status == RAPPORT_COMMITMENT_STATUS_DONE)
    {
      g_autoptr(GDateTime) done = local_time (2026, 3, 17, 9, 0);

      rapport_commitment_set_done_at (c, done);
    }
  save (repo, c);
}

/* One mentee with something in every section, and user text full of
 * Markdown syntax. */
static RapportMentee *
add_ada (RapportRepository *repo)
{
  g_autoptr(GPtrArray) boundaries = g_ptr_array_new_with_free_func ((GDestroyNotify)rapport_boundary_free);
  g_autoptr(RapportSessionNote) old = NULL;
  g_autoptr(RapportSessionNote) recent = NULL;
  g_autoptr(RapportSessionNote) planned = NULL;
  g_autoptr(RapportGoal) goal = rapport_goal_new ();
  g_autoptr(GDateTime) t1 = local_time (2026, 1, 7, 9, 30);
  g_autoptr(GDateTime) t2 = local_time (2026, 3, 4, 14, 0);
  g_autoptr(GDateTime) t3 = local_time (2026, 3, 25, 16, 15);
  const char *tags[] = { "design", "🌱 new", NULL };
  RapportMentee *m = rapport_mentee_new ();

  g_ptr_array_add (boundaries, rapport_boundary_new ("Family plans", RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS));

  rapport_mentee_set_name (m, "Ada *the* [Countess] #1");
  rapport_mentee_set_pronouns (m, "she/her");
  rapport_mentee_set_role (m, "Staff engineer");
  rapport_mentee_set_organization (m, "Analytical <Engines> & Co");
  rapport_mentee_set_started_on (m, "2025-09-01");
  rapport_mentee_set_cadence_days (m, 14);
  rapport_mentee_set_max_gap_days (m, 30);
  rapport_mentee_set_tags (m, tags);
  rapport_mentee_set_about (m, "PRIVATE-ABOUT: moving cities soon");
  rapport_mentee_set_feedback_preferences (m, "PRIVATE-FEEDBACK: written, before meetings");
  rapport_mentee_set_feedback_sensitivities (m, "PRIVATE-SENSITIVE: public praise");
  rapport_mentee_set_boundary_list (m, boundaries);
  save (repo, m);

  old = add_session (repo, m, t1, RAPPORT_SESSION_STATUS_HELD, "First meeting",
                     "PRIVATE-NOTE-1\n# not a heading\n1. not a list\n- not a bullet\n\n    not code",
                     4);
  rapport_session_note_set_takeaway (old, "Shipping beats polishing");
  save (repo, old);
  recent = add_session (repo, m, t2, RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM,
                        "Talk rehearsal\n- [x] Slides *done*\n- [ ] Timing",
                        "PRIVATE-NOTE-2", 0);
  planned = add_session (repo, m, t3, RAPPORT_SESSION_STATUS_PLANNED, "CV review", NULL, 0);

  add_commitment (repo, m, old, RAPPORT_COMMITMENT_OWNER_MENTOR, "Send the *speaking* guide",
                  "2026-03-20", "17:30", RAPPORT_COMMITMENT_STATUS_OPEN);
  add_commitment (repo, m, NULL, RAPPORT_COMMITMENT_OWNER_MENTOR, "Introduce to Dana",
                  "2026-03-10", NULL, RAPPORT_COMMITMENT_STATUS_DONE);
  add_commitment (repo, m, NULL, RAPPORT_COMMITMENT_OWNER_MENTEE, "Draft the CV",
                  "2026-03-24", NULL, RAPPORT_COMMITMENT_STATUS_OPEN);

  rapport_goal_set_mentee_id (goal, rapport_item_get_id (RAPPORT_ITEM (m)));
  rapport_goal_set_title (goal, "Give a conference talk");
  rapport_goal_set_details (goal, "Accepted at a regional conference");
  rapport_goal_set_target_date (goal, "2026-09-18");
  rapport_goal_set_progress (goal, 40);
  save (repo, goal);

  return m;
}

static gsize
position (const char *haystack,
          const char *needle)
{
  const char *p = strstr (haystack, needle);

  if (p == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
  return p - haystack;
}

static void
test_escape (void)
{
  static const struct {
    const char *text;
    const char *inline_md;
    const char *block_md;
  } cases[] = {
    { "plain text", "plain text", "plain text" },
    { "*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`", "\\*bold\\* \\_it\\_ \\`code\\`" },
    { "[link](http://x) <b>", "\\[link\\](http://x) \\<b\\>", "\\[link\\](http://x) \\<b\\>" },
    { "# title #", "\\# title \\#", "\\# title \\#" },
    { "a\\b & c | d ~~e~~", "a\\\\b \\& c \\| d \\~\\~e\\~\\~", "a\\\\b \\& c \\| d \\~\\~e\\~\\~" },
    { "- item", "- item", "\\- item" },
    { "+ item", "+ item", "\\+ item" },
    { "===", "===", "\\===" },
    { "12. twelve", "12. twelve", "12\\. twelve" },
    { "3) three", "3) three", "3\\) three" },
    { "> quote", "\\> quote", "\\> quote" },
    { "    code?", "code?", "code?" },
    { "one\ntwo", "one two", "one  \ntwo" },
    { "one\n\n\n two\r\n", "one    two", "one\n\ntwo" },
    { "שלום 🎉", "שלום 🎉", "שלום 🎉" },
    { "", "", "" },
    /* Task lists stay task lists, their text escaped; a box without text,
     * or anything else in brackets, is plain text. */
    { "- [ ] Send the *book*", "- \\[ \\] Send the \\*book\\*", "- [ ] Send the \\*book\\*" },
    { "* [X] done", "\\* \\[X\\] done", "- [x] done" },
    { "Agenda:\n- [ ] one\n  - [x] two\nafter", "Agenda: - \\[ \\] one   - \\[x\\] two after",
      "Agenda:\n\n- [ ] one\n- [x] two\n\nafter" },
    { "- [ ]", "- \\[ \\]", "\\- \\[ \\]" },
    { "- [link](x)", "- \\[link\\](x)", "\\- \\[link\\](x)" },
    { "- [ ] [a](b) <i>", "- \\[ \\] \\[a\\](b) \\<i\\>", "- [ ] \\[a\\](b) \\<i\\>" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *in = _rapport_markdown_escape_inline (cases[i].text);
      g_autofree char *block = _rapport_markdown_escape_block (cases[i].text);

      g_assert_cmpstr (in, ==, cases[i].inline_md);
      g_assert_cmpstr (block, ==, cases[i].block_md);
    }
}

static void
test_mentee_document (void)
{
  g_autoptr(RapportRepository) repo = open_notebook ();
  g_autoptr(RapportMentee) ada = add_ada (repo);
  g_autoptr(GString) out = g_string_new (NULL);
  const char *doc;

  rapport_export_markdown_mentee (repo, ada, RAPPORT_MARKDOWN_NONE, out);
  doc = out->str;
  g_test_message ("%s", doc);

  /* The name, escaped, is the title. */
  g_assert_true (g_str_has_prefix (doc, "# Ada \\*the\\* \\[Countess\\] \\#1\n\n"));
  g_assert_true (g_str_has_suffix (doc, "\n") && !g_str_has_suffix (doc, "\n\n"));

  /* Sections in order. */
  g_assert_cmpuint (position (doc, "## Profile"), <, position (doc, "## Feedback and Boundaries"));
  g_assert_cmpuint (position (doc, "## Feedback and Boundaries"), <, position (doc, "## Goals"));
  g_assert_cmpuint (position (doc, "## Goals"), <, position (doc, "## Promises"));
  g_assert_cmpuint (position (doc, "## Promises"), <, position (doc, "### Mine"));
  g_assert_cmpuint (position (doc, "### Mine"), <, position (doc, "### Theirs"));
  g_assert_cmpuint (position (doc, "### Theirs"), <, position (doc, "## Meetings"));

  /* Profile fields, with user text escaped. */
  position (doc, "- **Pronouns:** she/her\n");
  position (doc, "- **Organization:** Analytical \\<Engines\\> \\& Co\n");
  position (doc, "- **Check-in rhythm:** every 14 days, at most 30\n");
  position (doc, "- **Tags:** design, 🌱 new\n");
  position (doc, "- **Status:** Active\n");
  position (doc, "PRIVATE-ABOUT");
  position (doc, "PRIVATE-FEEDBACK");
  position (doc, "PRIVATE-SENSITIVE");
  position (doc, "- Family plans: Off limits\n");

  /* Goals and promises, mine then theirs, with due dates and origins. */
  position (doc, "- **Give a conference talk** — Active · 40% done · target 2026-09-18\n"
                 "  Accepted at a regional conference\n");
  position (doc, "- [ ] **Send the \\*speaking\\* guide** — Resource · due 2026-03-20 17:30"
                 " · from the meeting of 2026-01-07\n");
  position (doc, "- [x] **Introduce to Dana** — Resource · due 2026-03-10 · done on 2026-03-17\n");
  g_assert_cmpuint (position (doc, "Introduce to Dana"), <, position (doc, "### Theirs"));
  g_assert_cmpuint (position (doc, "### Theirs"), <, position (doc, "- [ ] **Draft the CV** — Resource · due 2026-03-24\n"));

  /* Meetings newest first, the notes kept line by line and escaped. */
  g_assert_cmpuint (position (doc, "### 2026-03-25 16:15 · Planned · 45 min\n"), <,
                    position (doc, "### 2026-03-04 14:00 · Cancelled by them · 45 min\n"));
  g_assert_cmpuint (position (doc, "### 2026-03-04 14:00"), <,
                    position (doc, "### 2026-01-07 09:30 · Held · 45 min\n"));
  position (doc, "**Notes**\n\nPRIVATE-NOTE-1  \n\\# not a heading  \n1\\. not a list  \n"
                 "\\- not a bullet\n\nnot code\n");
  position (doc, "**Rating:** 4/5\n");
  position (doc, "**Most memorable**\n\nShipping beats polishing\n");
  position (doc, "**Agenda**\n\nCV review\n");
  position (doc, "**Agenda**\n\nTalk rehearsal\n\n- [x] Slides \\*done\\*\n- [ ] Timing\n");
}

static void
test_share_safe (void)
{
  g_autoptr(RapportRepository) repo = open_notebook ();
  g_autoptr(RapportMentee) ada = add_ada (repo);
  g_autoptr(GString) full = g_string_new (NULL);
  g_autoptr(GString) safe = g_string_new (NULL);
  const char *private_bits[] = {
    "PRIVATE-", "Family plans", "Feedback and Boundaries", "**Notes**", "**About**",
  };

  rapport_export_markdown_mentee (repo, ada, RAPPORT_MARKDOWN_NONE, full);
  rapport_export_markdown_mentee (repo, ada, RAPPORT_MARKDOWN_SHARE_SAFE, safe);
  g_test_message ("%s", safe->str);

  for (guint i = 0; i < G_N_ELEMENTS (private_bits); i++)
    {
      g_assert_nonnull (strstr (full->str, private_bits[i]));
      if (strstr (safe->str, private_bits[i]) != NULL)
        g_error ("the share-safe recap holds “%s”:\n%s", private_bits[i], safe->str);
    }

  /* What can be handed over is still there, in the same order. */
  g_assert_true (g_str_has_prefix (safe->str, "# Ada \\*the\\* \\[Countess\\] \\#1\n"));
  g_assert_cmpuint (position (safe->str, "- **Role:** Staff engineer"), <,
                    position (safe->str, "**Give a conference talk**"));
  g_assert_cmpuint (position (safe->str, "**Give a conference talk**"), <,
                    position (safe->str, "Send the \\*speaking\\* guide"));
  g_assert_cmpuint (position (safe->str, "**Agenda**\n\nCV review"), <,
                    position (safe->str, "**Most memorable**\n\nShipping beats polishing"));
  position (safe->str, "**Rating:** 4/5");
}

static void
test_notebook_file (void)
{
  g_autoptr(RapportRepository) repo = open_notebook ();
  g_autoptr(RapportMentee) ada = add_ada (repo);
  g_autoptr(RapportMentee) bo = rapport_mentee_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "notes.md", NULL);
  g_autofree char *one = g_build_filename (g_get_user_data_dir (), "ada.md", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GString) ada_doc = g_string_new (NULL);

  rapport_mentee_set_name (bo, "Bo");
  rapport_mentee_set_status (bo, RAPPORT_MENTEE_STATUS_ARCHIVED);
  save (repo, bo);

  /* An existing world-readable file is replaced by a private one. */
  g_assert_true (g_file_set_contents_full (path, "old", -1, G_FILE_SET_CONTENTS_NONE, 0644, &error));
  g_assert_true (rapport_export_markdown_file (repo, path, RAPPORT_MARKDOWN_NONE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (path), ==, 0600);

  expected = rapport_export_markdown (repo, RAPPORT_MARKDOWN_NONE);
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, expected);

  /* Every mentee, archived ones too, in the order of the list. */
  g_assert_cmpuint (position (contents, "# Ada"), <, position (contents, "\n---\n\n# Bo\n"));
  position (contents, "- **Status:** Archived\n");

  /* The per-mentee file is exactly that mentee's document. */
  g_assert_true (rapport_export_markdown_mentee_file (repo, ada, one,
                                                      RAPPORT_MARKDOWN_SHARE_SAFE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (rapport_test_file_mode (one), ==, 0600);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (one, &contents, NULL, &error));
  rapport_export_markdown_mentee (repo, ada, RAPPORT_MARKDOWN_SHARE_SAFE, ada_doc);
  g_assert_cmpstr (contents, ==, ada_doc->str);

  /* A file that cannot be written is an error, not a crash. */
  g_assert_false (rapport_export_markdown_file (repo, "/nonexistent-dir/notes.md",
                                                RAPPORT_MARKDOWN_NONE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

static void
test_empty_mentee (void)
{
  g_autoptr(RapportRepository) repo = open_notebook ();
  g_autoptr(RapportMentee) m = rapport_mentee_new ();
  g_autoptr(GString) out = g_string_new (NULL);

  rapport_mentee_set_name (m, "Cy");
  save (repo, m);
  rapport_export_markdown_mentee (repo, m, RAPPORT_MARKDOWN_NONE, out);

  /* Empty fields and sections are left out; the rhythm has defaults. */
  g_assert_cmpstr (out->str, ==, "# Cy\n\n## Profile\n\n- **Status:** Active\n"
                   "- **Check-in rhythm:** every 14 days, at most 28\n");
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("TZ", "Europe/Paris", TRUE);
  rapport_test_init (&argc, &argv);

  g_test_add_func ("/rapport/export-markdown/escape", test_escape);
  g_test_add_func ("/rapport/export-markdown/mentee-document", test_mentee_document);
  g_test_add_func ("/rapport/export-markdown/share-safe", test_share_safe);
  g_test_add_func ("/rapport/export-markdown/notebook-file", test_notebook_file);
  g_test_add_func ("/rapport/export-markdown/empty-mentee", test_empty_mentee);

  return g_test_run ();
}
