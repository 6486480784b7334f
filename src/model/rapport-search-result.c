/* rapport-search-result.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-search-result"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-format.h"
#include "rapport-search-result.h"

/**
 * RapportSearchResult:
 *
 * A search hit: a session's notes, agenda, takeaway or wins; a promise; or a mentee's name or "about".
 *
 * Its properties are stored by #RapportItem; see the property list in
 * class_init for what each one means.
 */
struct _RapportSearchResult
{
  RapportItem parent_instance;
};

enum {
  PROP_0,

  PROP_KIND,
  PROP_ITEM_ID,
  PROP_MENTEE_ID,
  PROP_MENTEE_NAME,
  PROP_STARTS_AT,
  PROP_TITLE,
  PROP_SNIPPET,
  PROP_SNIPPET_MARKUP,
  PROP_SCORE,
  N_PROPS
};

G_DEFINE_FINAL_TYPE (RapportSearchResult, rapport_search_result, RAPPORT_TYPE_ITEM)

static GParamSpec *properties[N_PROPS];

static void
rapport_search_result_class_init (RapportSearchResultClass *klass)
{
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, RAPPORT_TYPE_SEARCH_KIND, RAPPORT_SEARCH_KIND_SESSION,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSearchResult:item-id:
   *
   * The session, commitment or mentee id.
   */
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MENTEE_ID] =
    g_param_spec_int64 ("mentee-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MENTEE_NAME] =
    g_param_spec_string ("mentee-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSearchResult:starts-at:
   *
   * For sessions: when it started.
   */
  properties[PROP_STARTS_AT] =
    g_param_spec_boxed ("starts-at", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSearchResult:title:
   *
   * For promises and mentees: the title or name.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSearchResult:snippet:
   *
   * An excerpt with the matches between \\002 and \\003.
   */
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSearchResult:snippet-markup:
   *
   * The excerpt as Pango markup with matches in bold.
   */
  properties[PROP_SNIPPET_MARKUP] =
    g_param_spec_string ("snippet-markup", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RapportSearchResult:score:
   *
   * The bm25 rank, lower is better.
   */
  properties[PROP_SCORE] =
    g_param_spec_double ("score", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  _rapport_item_class_install_fields (RAPPORT_ITEM_CLASS (klass), properties, N_PROPS);
}

static void
rapport_search_result_init (RapportSearchResult *self)
{
}

/**
 * rapport_search_result_new:
 *
 * Creates an unsaved item with default values.
 *
 * Returns: (transfer full): a new #RapportSearchResult
 */
RapportSearchResult *
rapport_search_result_new (void)
{
  return g_object_new (RAPPORT_TYPE_SEARCH_RESULT, NULL);
}


RapportSearchKind
rapport_search_result_get_kind (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), 0);

  return g_value_get_enum (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_KIND));
}

gint64
rapport_search_result_get_item_id (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_ITEM_ID));
}

gint64
rapport_search_result_get_mentee_id (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), 0);

  return g_value_get_int64 (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_ID));
}

const char *
rapport_search_result_get_mentee_name (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_MENTEE_NAME));
}

GDateTime *
rapport_search_result_get_starts_at (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), NULL);

  return g_value_get_boxed (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_STARTS_AT));
}

const char *
rapport_search_result_get_title (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_TITLE));
}

const char *
rapport_search_result_get_snippet (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_SNIPPET));
}

const char *
rapport_search_result_get_snippet_markup (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), NULL);

  return g_value_get_string (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_SNIPPET_MARKUP));
}

double
rapport_search_result_get_score (RapportSearchResult *self)
{
  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), 0.0);

  return g_value_get_double (_rapport_item_get_field (RAPPORT_ITEM (self), PROP_SCORE));
}


/**
 * rapport_search_result_dup_description:
 * @self: a #RapportSearchResult
 * @now: the current local time, for the meeting's date
 *
 * What the result is, for the line under the mentee's name: "Meeting ·
 * 3 Dec 14:00", "Promise · Send the book list", "Goal · Lead a project",
 * "Profile". User text in it is isolated (rapport_format_user_text()).
 *
 * Returns: (transfer full): the description
 */
char *
rapport_search_result_dup_description (RapportSearchResult *self,
                                       GDateTime           *now)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (RAPPORT_IS_SEARCH_RESULT (self), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  switch (rapport_search_result_get_kind (self))
    {
    case RAPPORT_SEARCH_KIND_SESSION:
      {
        GDateTime *starts_at = rapport_search_result_get_starts_at (self);
        g_autofree char *when = NULL;

        if (starts_at == NULL)
          return g_strdup (_("Meeting"));
        when = rapport_format_meeting_time (starts_at, now);
        /* Translators: a search result in a meeting: "Meeting · 3 Dec 14:00" */
        return g_strdup_printf (_("Meeting · %s"), when);
      }

    case RAPPORT_SEARCH_KIND_COMMITMENT:
      title = rapport_format_user_text (rapport_search_result_get_title (self));
      /* Translators: a search result in a promise: "Promise · Send the book list" */
      return g_strdup_printf (_("Promise · %s"), title);

    case RAPPORT_SEARCH_KIND_GOAL:
      title = rapport_format_user_text (rapport_search_result_get_title (self));
      /* Translators: a search result in a goal: "Goal · Lead a project" */
      return g_strdup_printf (_("Goal · %s"), title);

    case RAPPORT_SEARCH_KIND_MENTEE:
    default:
      /* Translators: a search result in a mentee's profile */
      return g_strdup (_("Profile"));
    }
}
