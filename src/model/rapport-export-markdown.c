/* rapport-export-markdown.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-export-markdown"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rapport-export-markdown.h"
#include "rapport-prepare.h"

/*
 * A readable document per mentee (docs/export-format.md): profile, goals,
 * promises (mine, then theirs), and the meetings newest first with their
 * notes. Everything the mentor typed is escaped so it renders as typed: a
 * note that starts with "# " or "1." stays a line of text, a name with
 * "*stars*" is not turned into emphasis. Empty fields and empty sections
 * are left out.
 */

/* ------------------------------------------------------------------------ */
/* Escaping */

/* The characters that can start or end inline markup anywhere in a line.
 * CommonMark lets any ASCII punctuation be escaped with a backslash; these
 * are the ones that matter, plus '#' so a heading never loses a closing
 * "#" of the name. */
#define INLINE_SPECIALS "\\`*_[]<>#|~&"

static void
append_escaped_line (GString    *out,
                     const char *line,
                     gsize       len,
                     gboolean    at_line_start)
{
  gsize i = 0;

  if (at_line_start && len > 0)
    {
      gsize digits = 0;

      /* A leading "-", "+" or "=" would make a list item, a thematic break
       * or a setext heading underline; "12." or "12)" an ordered list. */
      if (line[0] == '-' || line[0] == '+' || line[0] == '=')
        g_string_append_c (out, '\\');

      while (digits < len && digits < 10 && g_ascii_isdigit (line[digits]))
        digits++;
      if (digits > 0 && digits < len && (line[digits] == '.' || line[digits] == ')'))
        {
          g_string_append_len (out, line, digits);
          g_string_append_c (out, '\\');
          i = digits;
        }
    }

  for (; i < len; i++)
    {
      if (strchr (INLINE_SPECIALS, line[i]) != NULL && line[i] != '\0')
        g_string_append_c (out, '\\');
      g_string_append_c (out, line[i]);
    }
}

/**
 * _rapport_markdown_escape_inline:
 * @text: (nullable): user text for one line (a name, a title, a field)
 *
 * Returns: (transfer full): @text on one line, trimmed, with Markdown's
 *   special characters escaped
 */
char *
_rapport_markdown_escape_inline (const char *text)
{
  g_autofree char *flat = NULL;
  GString *out;

  if (text == NULL)
    return g_strdup ("");

  flat = g_strdup (text);
  for (char *p = flat; *p != '\0'; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  g_strstrip (flat);

  out = g_string_sized_new (strlen (flat) + 8);
  append_escaped_line (out, flat, strlen (flat), FALSE);
  return g_string_free (out, FALSE);
}

/**
 * _rapport_markdown_escape_block:
 * @text: (nullable): multi-line user text (notes, details)
 *
 * Each line becomes a line of the output, ending in a hard line break
 * (two spaces) when another line follows in the same paragraph; blank
 * lines separate paragraphs. Leading blanks are dropped so no line turns
 * into a code block, and block markers at the start of a line are escaped.
 *
 * A line with a check box, as the agenda writes them ("- [ ] open",
 * "- [x] covered"; see rapport_agenda_line_parse()), stays a task list item
 * with its text escaped; a run of them is a list of its own, set apart from
 * the paragraphs around it by blank lines.
 *
 * Returns: (transfer full): the Markdown text, without a final newline
 */
char *
_rapport_markdown_escape_block (const char *text)
{
  g_auto(GStrv) lines = NULL;
  GString *out = g_string_new (NULL);
  gboolean pending_blank = FALSE;
  gboolean in_tasks = FALSE;

  if (text == NULL)
    return g_string_free (out, FALSE);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      g_autofree char *task = NULL;
      gboolean has_box = FALSE, ticked = FALSE;

      if (*line == '\0')
        {
          pending_blank = out->len > 0;
          continue;
        }

      task = rapport_agenda_line_parse (line, &has_box, &ticked);
      if (!has_box)
        g_clear_pointer (&task, g_free);

      if (out->len > 0)
        {
          if (pending_blank || in_tasks != (task != NULL))
            g_string_append (out, "\n\n");
          else
            g_string_append (out, in_tasks ? "\n" : "  \n");
        }
      pending_blank = FALSE;
      in_tasks = task != NULL;

      if (task != NULL)
        {
          g_string_append (out, ticked ? "- [x] " : "- [ ] ");
          append_escaped_line (out, task, strlen (task), FALSE);
        }
      else
        {
          append_escaped_line (out, line, strlen (line), TRUE);
        }
    }

  return g_string_free (out, FALSE);
}

/* ------------------------------------------------------------------------ */
/* Helpers */

static gboolean
is_set (const char *text)
{
  if (text == NULL)
    return FALSE;
  while (g_ascii_isspace (*text))
    text++;
  return *text != '\0';
}

static const char *
mentee_status_label (RapportMenteeStatus status)
{
  switch (status)
    {
    case RAPPORT_MENTEE_STATUS_ACTIVE:
      return _("Active");
    case RAPPORT_MENTEE_STATUS_PAUSED:
      return _("Paused");
    case RAPPORT_MENTEE_STATUS_ARCHIVED:
      return _("Archived");
    default:
      g_assert_not_reached ();
    }
}

static const char *
boundary_level_label (RapportBoundaryLevel level)
{
  switch (level)
    {
    case RAPPORT_BOUNDARY_LEVEL_OPEN:
      return C_("boundary level", "Open");
    case RAPPORT_BOUNDARY_LEVEL_ASK_FIRST:
      return _("Ask first");
    case RAPPORT_BOUNDARY_LEVEL_OFF_LIMITS:
      return _("Off limits");
    default:
      g_assert_not_reached ();
    }
}

static const char *
session_status_label (RapportSessionStatus status)
{
  switch (status)
    {
    case RAPPORT_SESSION_STATUS_PLANNED:
      return _("Planned");
    case RAPPORT_SESSION_STATUS_HELD:
      return _("Held");
    case RAPPORT_SESSION_STATUS_CANCELLED_BY_ME:
      return _("Cancelled by me");
    case RAPPORT_SESSION_STATUS_CANCELLED_BY_THEM:
      return _("Cancelled by them");
    case RAPPORT_SESSION_STATUS_NO_SHOW:
      return _("No-show");
    default:
      g_assert_not_reached ();
    }
}

static const char *
commitment_kind_label (RapportCommitmentKind kind)
{
  switch (kind)
    {
    case RAPPORT_COMMITMENT_KIND_RESOURCE:
      return _("Resource");
    case RAPPORT_COMMITMENT_KIND_INTRODUCTION:
      return _("Introduction");
    case RAPPORT_COMMITMENT_KIND_CHECK_IN:
      return _("Check-in");
    case RAPPORT_COMMITMENT_KIND_TASK:
      return _("Task");
    case RAPPORT_COMMITMENT_KIND_OTHER:
      return _("Other");
    default:
      g_assert_not_reached ();
    }
}

static const char *
goal_status_label (RapportGoalStatus status)
{
  switch (status)
    {
    case RAPPORT_GOAL_STATUS_ACTIVE:
      return _("Active");
    case RAPPORT_GOAL_STATUS_ACHIEVED:
      return _("Achieved");
    case RAPPORT_GOAL_STATUS_DROPPED:
      return _("Dropped");
    default:
      g_assert_not_reached ();
    }
}

/* Instants are shown in the local time zone, in a form every reader
 * understands whatever their locale: 2026-03-18 10:00. */
static char *
format_local (GDateTime  *instant,
              const char *format)
{
  g_autoptr(GDateTime) local = NULL;

  if (instant == NULL)
    return NULL;
  local = g_date_time_to_local (instant);
  return g_date_time_format (local, format);
}

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  g_autofree char *escaped = NULL;

  if (!is_set (value))
    return;
  escaped = _rapport_markdown_escape_inline (value);
  g_string_append_printf (out, "- **%s:** %s\n", label, escaped);
}

static void
append_block (GString    *out,
              const char *label,
              const char *value)
{
  g_autofree char *escaped = NULL;

  if (!is_set (value))
    return;
  escaped = _rapport_markdown_escape_block (value);
  g_string_append_printf (out, "**%s**\n\n%s\n\n", label, escaped);
}

/* Details under a list item, indented so they stay part of it. */
static void
append_item_details (GString    *out,
                     const char *details)
{
  g_autofree char *escaped = NULL;
  g_auto(GStrv) lines = NULL;

  if (!is_set (details))
    return;
  escaped = _rapport_markdown_escape_block (details);
  lines = g_strsplit (escaped, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '\0')
        g_string_append_c (out, '\n');
      else
        g_string_append_printf (out, "  %s\n", lines[i]);
    }
}

/* ------------------------------------------------------------------------ */
/* Sections */

static void
append_profile (GString              *out,
                RapportMentee        *mentee,
                RapportMarkdownFlags  flags)
{
  const char * const *tags = rapport_mentee_get_tags (mentee);
  int cadence = rapport_mentee_get_cadence_days (mentee);
  int max_gap = rapport_mentee_get_max_gap_days (mentee);
  gsize start;

  g_string_append_printf (out, "## %s\n\n", _("Profile"));
  start = out->len;

  append_field (out, _("Pronouns"), rapport_mentee_get_pronouns (mentee));
  append_field (out, _("Role"), rapport_mentee_get_role (mentee));
  append_field (out, _("Organization"), rapport_mentee_get_organization (mentee));
  append_field (out, _("Contact"), rapport_mentee_get_contact (mentee));
  append_field (out, _("Preferred channel"), rapport_mentee_get_preferred_channel (mentee));
  append_field (out, _("How we met"), rapport_mentee_get_how_we_met (mentee));
  append_field (out, _("Started on"), rapport_mentee_get_started_on (mentee));
  append_field (out, _("Status"), mentee_status_label (rapport_mentee_get_status (mentee)));

  if (cadence > 0)
    {
      g_autofree char *rhythm = NULL;

      if (max_gap > 0)
        /* Translators: a check-in rhythm, e.g. "every 14 days, at most 30" */
        rhythm = g_strdup_printf (ngettext ("every %d day, at most %d", "every %d days, at most %d",
                                            cadence),
                                  cadence, max_gap);
      else
        rhythm = g_strdup_printf (ngettext ("every %d day", "every %d days", cadence), cadence);
      append_field (out, _("Check-in rhythm"), rhythm);
    }

  if (tags != NULL && tags[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)tags);

      append_field (out, _("Tags"), joined);
    }

  if (out->len > start)
    g_string_append_c (out, '\n');

  if (flags & RAPPORT_MARKDOWN_SHARE_SAFE)
    return;

  append_block (out, _("About"), rapport_mentee_get_about (mentee));
}

/* What the mentee told the mentor in confidence: never in a share-safe
 * recap. */
static void
append_private_profile (GString              *out,
                        RapportMentee        *mentee,
                        RapportMarkdownFlags  flags)
{
  g_autoptr(GPtrArray) boundaries = NULL;
  const char *preferences = rapport_mentee_get_feedback_preferences (mentee);
  const char *sensitivities = rapport_mentee_get_feedback_sensitivities (mentee);

  if (flags & RAPPORT_MARKDOWN_SHARE_SAFE)
    return;

  boundaries = rapport_mentee_dup_boundaries (mentee);
  if (!is_set (preferences) && !is_set (sensitivities) && boundaries->len == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Feedback and Boundaries"));
  append_block (out, _("How they like to receive feedback"), preferences);
  append_block (out, _("Sensitive to"), sensitivities);

  if (boundaries->len > 0)
    {
      g_string_append_printf (out, "**%s**\n\n", _("Boundaries"));
      for (guint i = 0; i < boundaries->len; i++)
        {
          RapportBoundary *b = g_ptr_array_index (boundaries, i);
          g_autofree char *topic = _rapport_markdown_escape_inline (b->topic);

          g_string_append_printf (out, "- %s: %s\n", topic, boundary_level_label (b->level));
        }
      g_string_append_c (out, '\n');
    }
}

static void
append_goals (GString    *out,
              GListModel *goals)
{
  guint n = g_list_model_get_n_items (goals);

  if (n == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Goals"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportGoal) goal = g_list_model_get_item (goals, i);
      g_autofree char *title = _rapport_markdown_escape_inline (rapport_goal_get_title (goal));
      const char *target = rapport_goal_get_target_date (goal);
      g_autoptr(GString) facts = g_string_new (goal_status_label (rapport_goal_get_status (goal)));

      g_string_append (facts, " · ");
      /* Translators: a goal's progress in percent, e.g. "50% done" */
      g_string_append_printf (facts, _("%d%% done"), rapport_goal_get_progress (goal));
      if (is_set (target))
        {
          g_string_append (facts, " · ");
          /* Translators: a goal's target date, e.g. "target 2026-09-18" */
          g_string_append_printf (facts, _("target %s"), target);
        }

      g_string_append_printf (out, "- **%s** — %s\n", title, facts->str);
      append_item_details (out, rapport_goal_get_details (goal));
    }
  g_string_append_c (out, '\n');
}

static void
append_commitment (GString           *out,
                   RapportCommitment *commitment,
                   GHashTable        *session_dates)
{
  g_autofree char *title = _rapport_markdown_escape_inline (rapport_commitment_get_title (commitment));
  g_autoptr(GString) facts = g_string_new (commitment_kind_label (rapport_commitment_get_kind (commitment)));
  RapportCommitmentStatus status = rapport_commitment_get_status (commitment);
  const char *due_date = rapport_commitment_get_due_date (commitment);
  const char *due_time = rapport_commitment_get_due_time (commitment);
  gint64 session_id = rapport_commitment_get_session_id (commitment);
  int renegotiations = rapport_commitment_get_renegotiations (commitment);
  const char *from;

  if (is_set (due_date))
    {
      g_autofree char *due = is_set (due_time) ? g_strdup_printf ("%s %s", due_date, due_time)
                                               : g_strdup (due_date);

      g_string_append (facts, " · ");
      /* Translators: e.g. "due 2026-03-20 17:30" */
      g_string_append_printf (facts, _("due %s"), due);
    }

  if (status == RAPPORT_COMMITMENT_STATUS_DONE)
    {
      g_autofree char *done = format_local (rapport_commitment_get_done_at (commitment), "%Y-%m-%d");

      g_string_append (facts, " · ");
      if (done != NULL)
        /* Translators: e.g. "done on 2026-03-19" */
        g_string_append_printf (facts, _("done on %s"), done);
      else
        g_string_append (facts, _("done"));
    }
  else if (status == RAPPORT_COMMITMENT_STATUS_DROPPED)
    {
      g_string_append (facts, " · ");
      g_string_append (facts, _("dropped"));
    }

  if (renegotiations > 0)
    {
      g_string_append (facts, " · ");
      g_string_append_printf (facts, ngettext ("renegotiated %d time", "renegotiated %d times",
                                               renegotiations),
                              renegotiations);
    }

  if (session_id != 0 && (from = g_hash_table_lookup (session_dates, &session_id)))
    {
      g_string_append (facts, " · ");
      /* Translators: e.g. "from the meeting of 2026-03-16" */
      g_string_append_printf (facts, _("from the meeting of %s"), from);
    }

  g_string_append_printf (out, "- [%c] **%s** — %s\n",
                          status == RAPPORT_COMMITMENT_STATUS_DONE ? 'x' : ' ',
                          title, facts->str);
  append_item_details (out, rapport_commitment_get_details (commitment));
}

static void
append_promises (GString    *out,
                 GListModel *commitments,
                 GHashTable *session_dates)
{
  static const struct {
    RapportCommitmentOwner owner;
    const char            *heading;
  } groups[] = {
    { RAPPORT_COMMITMENT_OWNER_MENTOR, N_("Mine") },
    { RAPPORT_COMMITMENT_OWNER_MENTEE, N_("Theirs") },
  };
  guint n = g_list_model_get_n_items (commitments);

  if (n == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Promises"));
  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      gboolean any = FALSE;

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RapportCommitment) c = g_list_model_get_item (commitments, i);

          if (rapport_commitment_get_owner (c) != groups[g].owner)
            continue;
          if (!any)
            g_string_append_printf (out, "### %s\n\n", _(groups[g].heading));
          any = TRUE;
          append_commitment (out, c, session_dates);
        }
      if (any)
        g_string_append_c (out, '\n');
    }
}

static void
append_sessions (GString              *out,
                 GListModel           *sessions,
                 RapportMarkdownFlags  flags)
{
  guint n = g_list_model_get_n_items (sessions);

  if (n == 0)
    return;

  g_string_append_printf (out, "## %s\n\n", _("Meetings"));

  /* The repository lists meetings newest first, as the document shows them. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportSessionNote) s = g_list_model_get_item (sessions, i);
      g_autofree char *when = format_local (rapport_session_note_get_starts_at (s), "%Y-%m-%d %H:%M");
      int duration = rapport_session_note_get_duration_minutes (s);
      int rating = rapport_session_note_get_rating (s);
      g_autoptr(GString) heading = g_string_new (when ? when : _("Meeting"));

      g_string_append (heading, " · ");
      g_string_append (heading, session_status_label (rapport_session_note_get_status (s)));
      if (duration > 0)
        {
          g_string_append (heading, " · ");
          /* Translators: a meeting's length, e.g. "45 min" */
          g_string_append_printf (heading, _("%d min"), duration);
        }
      g_string_append_printf (out, "### %s\n\n", heading->str);

      if (rating > 0)
        {
          g_string_append_printf (out, "**%s** ", _("Rating:"));
          /* Translators: the mentee's rating of a meeting, e.g. "4/5" */
          g_string_append_printf (out, _("%d/5"), rating);
          g_string_append (out, "\n\n");
        }

      append_block (out, _("Agenda"), rapport_session_note_get_agenda (s));
      if (!(flags & RAPPORT_MARKDOWN_SHARE_SAFE))
        append_block (out, _("Notes"), rapport_session_note_get_notes (s));
      append_block (out, _("Most memorable"), rapport_session_note_get_takeaway (s));
      append_block (out, _("Wins to celebrate"), rapport_session_note_get_wins (s));
    }
}

/* ------------------------------------------------------------------------ */
/* Public API */

/**
 * rapport_export_markdown_mentee:
 * @repository: the notebook
 * @mentee: a mentee of @repository
 * @flags: %RAPPORT_MARKDOWN_SHARE_SAFE for a recap to hand over
 * @out: the string to append the document to
 *
 * Appends one mentee as a Markdown document: a level-one heading with the
 * name, then the profile, feedback preferences and boundaries, goals,
 * promises (the mentor's, then the mentee's) and meetings, newest first.
 * With %RAPPORT_MARKDOWN_SHARE_SAFE the session notes, the "about" text,
 * feedback preferences, sensitivities and boundaries are left out.
 */
void
rapport_export_markdown_mentee (RapportRepository    *repository,
                                RapportMentee        *mentee,
                                RapportMarkdownFlags  flags,
                                GString              *out)
{
  gint64 mentee_id;
  g_autoptr(GListModel) sessions = NULL;
  g_autoptr(GListModel) commitments = NULL;
  g_autoptr(GListModel) goals = NULL;
  g_autoptr(GHashTable) session_dates = NULL;
  g_autofree char *name = NULL;
  guint n;

  g_return_if_fail (RAPPORT_IS_REPOSITORY (repository));
  g_return_if_fail (RAPPORT_IS_MENTEE (mentee));
  g_return_if_fail (out != NULL);

  mentee_id = rapport_item_get_id (RAPPORT_ITEM (mentee));
  sessions = rapport_repository_list_sessions (repository, mentee_id);
  commitments = rapport_repository_list_commitments (repository, mentee_id);
  goals = rapport_repository_list_goals (repository, mentee_id);

  session_dates = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  n = g_list_model_get_n_items (sessions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportSessionNote) s = g_list_model_get_item (sessions, i);
      char *date = format_local (rapport_session_note_get_starts_at (s), "%Y-%m-%d");
      gint64 *key;

      if (date == NULL)
        continue;
      key = g_new (gint64, 1);
      *key = rapport_item_get_id (RAPPORT_ITEM (s));
      g_hash_table_insert (session_dates, key, date);
    }

  name = _rapport_markdown_escape_inline (rapport_mentee_get_name (mentee));
  g_string_append_printf (out, "# %s\n\n", name);

  append_profile (out, mentee, flags);
  append_private_profile (out, mentee, flags);
  append_goals (out, goals);
  append_promises (out, commitments, session_dates);
  append_sessions (out, sessions, flags);

  /* One newline at the end, whatever the last section was. */
  while (out->len > 0 && out->str[out->len - 1] == '\n')
    g_string_truncate (out, out->len - 1);
  g_string_append_c (out, '\n');
}

/**
 * rapport_export_markdown:
 * @repository: the notebook
 * @flags: %RAPPORT_MARKDOWN_SHARE_SAFE for a recap to hand over
 *
 * Returns: (transfer full): every mentee of the notebook (archived ones
 *   included, the trash left out) as rapport_export_markdown_mentee()
 *   writes them, in the order of the mentee list, separated by a rule
 */
char *
rapport_export_markdown (RapportRepository    *repository,
                         RapportMarkdownFlags  flags)
{
  GString *out = g_string_new (NULL);
  GListModel *mentees;
  guint n;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), NULL);

  mentees = rapport_repository_get_mentees (repository);
  n = g_list_model_get_n_items (mentees);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RapportMentee) mentee = g_list_model_get_item (mentees, i);

      if (i > 0)
        g_string_append (out, "\n---\n\n");
      rapport_export_markdown_mentee (repository, mentee, flags, out);
    }

  return g_string_free (out, FALSE);
}

static gboolean
write_private (const char  *path,
               const char  *text,
               GError     **error)
{
  /* As the JSON export: the whole file or the old one, never a part, and
   * readable by its owner only. */
  return g_file_set_contents_full (path, text, strlen (text),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

/**
 * rapport_export_markdown_file:
 * @repository: the notebook
 * @path: the file to write
 * @flags: %RAPPORT_MARKDOWN_SHARE_SAFE for a recap to hand over
 * @error: return location for a #GFileError
 *
 * Writes rapport_export_markdown() to @path atomically, mode 0600.
 *
 * Returns: %TRUE if written
 */
gboolean
rapport_export_markdown_file (RapportRepository     *repository,
                              const char            *path,
                              RapportMarkdownFlags   flags,
                              GError               **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = rapport_export_markdown (repository, flags);
  return write_private (path, text, error);
}

/**
 * rapport_export_markdown_mentee_file:
 * @repository: the notebook
 * @mentee: a mentee of @repository
 * @path: the file to write
 * @flags: %RAPPORT_MARKDOWN_SHARE_SAFE for a recap to hand over
 * @error: return location for a #GFileError
 *
 * Writes one mentee's document to @path atomically, mode 0600: what the
 * app's per-mentee export saves.
 *
 * Returns: %TRUE if written
 */
gboolean
rapport_export_markdown_mentee_file (RapportRepository     *repository,
                                     RapportMentee         *mentee,
                                     const char            *path,
                                     RapportMarkdownFlags   flags,
                                     GError               **error)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (RAPPORT_IS_MENTEE (mentee), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  rapport_export_markdown_mentee (repository, mentee, flags, out);
  return write_private (path, out->str, error);
}
