/* rapport-validation.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-validation"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "rapport-rhythm.h"
#include "rapport-validation.h"

/* The fields an error is about travel in the error itself (an extended
 * error domain), so whoever shows the message knows where. */
typedef struct
{
  char **fields;
} RapportModelErrorPrivate;

static void
rapport_model_error_private_init (RapportModelErrorPrivate *priv)
{
  priv->fields = NULL;
}

static void
rapport_model_error_private_copy (const RapportModelErrorPrivate *src,
                                  RapportModelErrorPrivate       *dest)
{
  dest->fields = g_strdupv (src->fields);
}

static void
rapport_model_error_private_clear (RapportModelErrorPrivate *priv)
{
  g_clear_pointer (&priv->fields, g_strfreev);
}

G_DEFINE_EXTENDED_ERROR (RapportModelError, rapport_model_error)

/**
 * rapport_model_error_get_fields:
 * @error: a #RAPPORT_MODEL_ERROR
 *
 * Returns: (nullable) (array zero-terminated=1): the #RapportMentee
 *   properties @error is about, the one to show the message at first; %NULL
 *   when it is about no single field (or @error is of another domain)
 */
const char * const *
rapport_model_error_get_fields (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != RAPPORT_MODEL_ERROR)
    return NULL;

  return (const char * const *) rapport_model_error_get_private (error)->fields;
}

static void
set_fields (GError     *error,
            const char *first,
            ...)
{
  RapportModelErrorPrivate *priv = rapport_model_error_get_private (error);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *f = first; f != NULL; f = va_arg (args, const char *))
    g_strv_builder_add (builder, f);
  va_end (args);

  g_strfreev (priv->fields);
  priv->fields = g_strv_builder_end (builder);
}

/**
 * rapport_validate_text:
 * @label: the field's name as the mentor sees it (translated)
 * @text: (nullable): the value
 * @required: whether a blank value is an error
 * @long_text: %TRUE for a long text (RAPPORT_LONG_TEXT_MAX_BYTES), %FALSE
 *   for a single-line field (RAPPORT_SHORT_TEXT_MAX_CHARS)
 */
gboolean
rapport_validate_text (const char  *label,
                       const char  *text,
                       gboolean     required,
                       gboolean     long_text,
                       GError     **error)
{
  gsize len = text ? strlen (text) : 0;

  if (text != NULL && !g_utf8_validate_len (text, len, NULL))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_UTF8,
                   _("%s contains characters that are not valid text."), label);
      return FALSE;
    }

  if (required)
    {
      gboolean blank = TRUE;

      for (const char *p = text; p && *p; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          {
            blank = FALSE;
            break;
          }

      if (blank)
        {
          g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED,
                       _("%s cannot be empty."), label);
          return FALSE;
        }
    }

  if (long_text && len > RAPPORT_LONG_TEXT_MAX_BYTES)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_TOO_LONG,
                   _("%s is too long: the limit is %d MiB."), label,
                   RAPPORT_LONG_TEXT_MAX_BYTES / (1024 * 1024));
      return FALSE;
    }

  if (!long_text && text != NULL && g_utf8_strlen (text, len) > RAPPORT_SHORT_TEXT_MAX_CHARS)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_TOO_LONG,
                   _("%s is too long: the limit is %d characters."), label,
                   RAPPORT_SHORT_TEXT_MAX_CHARS);
      return FALSE;
    }

  return TRUE;
}

/**
 * rapport_validate_date:
 * @label: the field's name as the mentor sees it
 * @date: (nullable): `YYYY-MM-DD` or %NULL (allowed)
 */
gboolean
rapport_validate_date (const char  *label,
                       const char  *date,
                       GError     **error)
{
  if (date == NULL)
    return TRUE;

  if (!rapport_date_parse (date, NULL))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DATE,
                   _("%s is not a valid date: “%s”."), label,
                   g_utf8_validate (date, -1, NULL) ? date : "?");
      return FALSE;
    }

  return TRUE;
}

static gboolean
validate_boundaries (const char  *json,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GEnumClass) levels = g_type_class_ref (RAPPORT_TYPE_BOUNDARY_LEVEL);
  JsonNode *root;
  JsonArray *array;

  if (!json_parser_load_from_data (parser, json, -1, NULL) ||
      !(root = json_parser_get_root (parser)) || !JSON_NODE_HOLDS_ARRAY (root))
    goto malformed;

  array = json_node_get_array (root);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonObject *obj;
      const char *topic, *level;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        goto malformed;
      obj = json_node_get_object (node);
      topic = json_object_get_string_member_with_default (obj, "topic", NULL);
      level = json_object_get_string_member_with_default (obj, "level", NULL);
      if (!rapport_validate_text (_("A boundary’s topic"), topic, TRUE, FALSE, error))
        return FALSE;
      if (level == NULL || g_enum_get_value_by_nick (levels, level) == NULL)
        goto malformed;
    }

  return TRUE;

malformed:
  g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_BOUNDARIES,
               _("The boundaries are not in the expected form."));
  return FALSE;
}

/* Each rule of a mentee once, tagged with the fields it is about. With
 * @problems, every failing rule is added to it; without, the first one is
 * returned in @error. */
static gboolean
check_mentee (RapportMentee  *mentee,
              GPtrArray      *problems,
              GError        **error)
{
  static const struct {
    const char *field;
    const char *label;
    gboolean    required;
    gboolean    long_text;
  } texts[] = {
    { "name", N_("The name"), TRUE, FALSE },
    { "pronouns", N_("The pronouns"), FALSE, FALSE },
    { "role", N_("The role"), FALSE, FALSE },
    { "organization", N_("The organization"), FALSE, FALSE },
    { "contact", N_("The contact"), FALSE, FALSE },
    { "how-we-met", N_("How you met"), FALSE, TRUE },
    { "preferred-channel", N_("The preferred channel"), FALSE, FALSE },
    { "feedback-preferences", N_("The feedback preferences"), FALSE, TRUE },
    { "feedback-sensitivities", N_("What they are sensitive to"), FALSE, TRUE },
    { "about", N_("The about text"), FALSE, TRUE },
    { "boundaries", N_("The boundaries"), FALSE, TRUE },
  };
  const char * const *tags;
  int cadence, max_gap;
  gboolean ok = TRUE;

#define FAIL(local, ...)                                                   \
  G_STMT_START {                                                           \
    set_fields ((local), __VA_ARGS__, NULL);                               \
    ok = FALSE;                                                            \
    if (problems == NULL)                                                  \
      {                                                                    \
        g_propagate_error (error, (local));                                \
        return FALSE;                                                      \
      }                                                                    \
    g_ptr_array_add (problems, (local));                                   \
  } G_STMT_END

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      GError *local = NULL;
      g_autofree char *value = NULL;

      g_object_get (mentee, texts[i].field, &value, NULL);
      if (!rapport_validate_text (_(texts[i].label), value, texts[i].required, texts[i].long_text, &local))
        FAIL (local, texts[i].field);
    }

  {
    GError *local = NULL;

    if (!rapport_validate_date (_("The start date"), rapport_mentee_get_started_on (mentee), &local))
      FAIL (local, "started-on");
  }

  {
    GError *local = NULL;
    const char *boundaries = rapport_mentee_get_boundaries (mentee);

    /* A boundaries text too long was refused above. */
    if (boundaries != NULL && strlen (boundaries) <= RAPPORT_LONG_TEXT_MAX_BYTES &&
        !validate_boundaries (boundaries, &local))
      FAIL (local, "boundaries");
  }

  tags = rapport_mentee_get_tags (mentee);
  for (guint i = 0; tags && tags[i]; i++)
    {
      GError *local = NULL;

      if (!rapport_validate_text (_("A tag"), tags[i], TRUE, FALSE, &local))
        {
          FAIL (local, "tags");
          break;
        }
      if (strchr (tags[i], '\n') != NULL)
        {
          local = g_error_new_literal (RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_UTF8,
                                       _("A tag cannot contain a line break."));
          FAIL (local, "tags");
          break;
        }
    }

  cadence = rapport_mentee_get_cadence_days (mentee);
  max_gap = rapport_mentee_get_max_gap_days (mentee);
  if (cadence < 0 || cadence > 366)
    {
      GError *local = g_error_new_literal (RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_INTERVAL,
                                           _("Check-ins can be between 0 and 366 days apart."));
      FAIL (local, "cadence-days");
    }
  if (max_gap < 0 || max_gap > 732)
    {
      GError *local = g_error_new_literal (RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_INTERVAL,
                                           _("The longest gap can be between 0 and 732 days."));
      FAIL (local, "max-gap-days");
    }
  else if (cadence > 0 && cadence <= 366 && max_gap > 0 && max_gap < cadence)
    {
      /* Translators: the first number is the longest gap, the second the
       * days between check-ins, as the mentor set them. */
      GError *local = g_error_new (RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_INTERVAL,
                                   _("The longest gap (%d days) cannot be shorter than the time between check-ins (%d days)."),
                                   max_gap, cadence);
      FAIL (local, "max-gap-days", "cadence-days");
    }

#undef FAIL

  return ok;
}

gboolean
rapport_validate_mentee (RapportMentee  *mentee,
                         GError        **error)
{
  g_return_val_if_fail (RAPPORT_IS_MENTEE (mentee), FALSE);

  return check_mentee (mentee, NULL, error);
}

/**
 * rapport_validate_mentee_all:
 * @mentee: a #RapportMentee
 *
 * The same rules as rapport_validate_mentee(), all of them: for a form that
 * shows every problem at its field at once.
 *
 * Returns: (transfer full) (element-type GError): every problem, each a
 *   #RAPPORT_MODEL_ERROR with its fields; empty when @mentee can be saved
 */
GPtrArray *
rapport_validate_mentee_all (RapportMentee *mentee)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);

  g_return_val_if_fail (RAPPORT_IS_MENTEE (mentee), problems);

  check_mentee (mentee, problems, NULL);
  return problems;
}

gboolean
rapport_validate_session_note (RapportSessionNote  *note,
                               GError             **error)
{
  int rating;

  g_return_val_if_fail (RAPPORT_IS_SESSION_NOTE (note), FALSE);

  if (rapport_session_note_get_mentee_id (note) <= 0)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("A meeting needs a mentee."));
      return FALSE;
    }

  if (rapport_session_note_get_starts_at (note) == NULL)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_REQUIRED,
                   _("A meeting needs a date and time."));
      return FALSE;
    }

  if (rapport_session_note_get_duration_minutes (note) < 0 ||
      rapport_session_note_get_duration_minutes (note) > 24 * 60)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_DURATION,
                   _("A meeting lasts between 0 minutes and a day."));
      return FALSE;
    }

  rating = rapport_session_note_get_rating (note);
  if (rating != 0 && (rating < 1 || rating > 5))
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_RATING,
                   _("The rating must be between 1 and 5."));
      return FALSE;
    }

  return rapport_validate_text (_("The agenda"), rapport_session_note_get_agenda (note), FALSE, TRUE, error) &&
         rapport_validate_text (_("The notes"), rapport_session_note_get_notes (note), FALSE, TRUE, error) &&
         rapport_validate_text (_("The takeaway"), rapport_session_note_get_takeaway (note), FALSE, TRUE, error) &&
         rapport_validate_text (_("The wins"), rapport_session_note_get_wins (note), FALSE, TRUE, error);
}

gboolean
rapport_validate_commitment (RapportCommitment  *commitment,
                             GError            **error)
{
  const char *due_date, *due_time;

  g_return_val_if_fail (RAPPORT_IS_COMMITMENT (commitment), FALSE);

  if (rapport_commitment_get_mentee_id (commitment) <= 0)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("A promise needs a mentee."));
      return FALSE;
    }

  if (!rapport_validate_text (_("The title"), rapport_commitment_get_title (commitment), TRUE, FALSE, error) ||
      !rapport_validate_text (_("The details"), rapport_commitment_get_details (commitment), FALSE, TRUE, error))
    return FALSE;

  due_date = rapport_commitment_get_due_date (commitment);
  due_time = rapport_commitment_get_due_time (commitment);

  if (!rapport_validate_date (_("The due date"), due_date, error))
    return FALSE;

  if (due_time != NULL)
    {
      if (due_date == NULL)
        {
          g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_TIME,
                       _("A due time needs a due date."));
          return FALSE;
        }
      if (!rapport_time_parse (due_time, NULL, NULL))
        {
          g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_TIME,
                       _("The due time is not a valid time of day (HH:MM)."));
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
rapport_validate_goal (RapportGoal  *goal,
                       GError      **error)
{
  int progress;

  g_return_val_if_fail (RAPPORT_IS_GOAL (goal), FALSE);

  if (rapport_goal_get_mentee_id (goal) <= 0)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_NOT_FOUND,
                   _("A goal needs a mentee."));
      return FALSE;
    }

  progress = rapport_goal_get_progress (goal);
  if (progress < 0 || progress > 100)
    {
      g_set_error (error, RAPPORT_MODEL_ERROR, RAPPORT_MODEL_ERROR_INVALID_PROGRESS,
                   _("The progress must be between 0 and 100."));
      return FALSE;
    }

  return rapport_validate_text (_("The title"), rapport_goal_get_title (goal), TRUE, FALSE, error) &&
         rapport_validate_text (_("The success criteria"), rapport_goal_get_details (goal), FALSE, TRUE, error) &&
         rapport_validate_date (_("The target date"), rapport_goal_get_target_date (goal), error);
}
