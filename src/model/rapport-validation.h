/* rapport-validation.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-commitment.h"
#include "rapport-goal.h"
#include "rapport-mentee.h"
#include "rapport-session-note.h"

G_BEGIN_DECLS

/* Limits. A single-line field (a name, a title, a topic) holds up to
 * RAPPORT_SHORT_TEXT_MAX_CHARS characters; a long text (session notes,
 * agenda, about, details) up to RAPPORT_LONG_TEXT_MAX_BYTES bytes of UTF-8,
 * so a 1 MiB note is fine and a runaway paste is refused with a clear
 * message instead of slowing every search. */
#define RAPPORT_SHORT_TEXT_MAX_CHARS 1000
#define RAPPORT_LONG_TEXT_MAX_BYTES  (4 * 1024 * 1024)

#define RAPPORT_MODEL_ERROR (rapport_model_error_quark ())

/**
 * RapportModelError:
 * @RAPPORT_MODEL_ERROR_REQUIRED: a required field is missing or blank
 * @RAPPORT_MODEL_ERROR_INVALID_UTF8: a text is not valid UTF-8
 * @RAPPORT_MODEL_ERROR_TOO_LONG: a text is over its limit
 * @RAPPORT_MODEL_ERROR_INVALID_RATING: a rating outside 1–5
 * @RAPPORT_MODEL_ERROR_INVALID_DATE: not a real `YYYY-MM-DD` date
 * @RAPPORT_MODEL_ERROR_INVALID_TIME: not a real `HH:MM` time, or a time
 *   without a date
 * @RAPPORT_MODEL_ERROR_INVALID_PROGRESS: progress outside 0–100
 * @RAPPORT_MODEL_ERROR_INVALID_INTERVAL: check-in thresholds out of range or
 *   a maximum gap shorter than the ideal interval
 * @RAPPORT_MODEL_ERROR_INVALID_DURATION: a meeting longer than a day
 * @RAPPORT_MODEL_ERROR_INVALID_BOUNDARIES: malformed boundaries
 * @RAPPORT_MODEL_ERROR_NOT_FOUND: the item or its mentee does not exist
 * @RAPPORT_MODEL_ERROR_READ_ONLY: the notebook is open read-only
 *
 * Errors of the model layer; each message names the field and is meant to be
 * shown to the mentor as is. A validation error of a mentee also says which
 * fields it is about, as #RapportMentee property names
 * (rapport_model_error_get_fields()), so a form can show it at them.
 */
typedef enum
{
  RAPPORT_MODEL_ERROR_REQUIRED,
  RAPPORT_MODEL_ERROR_INVALID_UTF8,
  RAPPORT_MODEL_ERROR_TOO_LONG,
  RAPPORT_MODEL_ERROR_INVALID_RATING,
  RAPPORT_MODEL_ERROR_INVALID_DATE,
  RAPPORT_MODEL_ERROR_INVALID_TIME,
  RAPPORT_MODEL_ERROR_INVALID_PROGRESS,
  RAPPORT_MODEL_ERROR_INVALID_INTERVAL,
  RAPPORT_MODEL_ERROR_INVALID_DURATION,
  RAPPORT_MODEL_ERROR_INVALID_BOUNDARIES,
  RAPPORT_MODEL_ERROR_NOT_FOUND,
  RAPPORT_MODEL_ERROR_READ_ONLY,
} RapportModelError;

GQuark   rapport_model_error_quark       (void);

const char * const *
         rapport_model_error_get_fields  (const GError          *error);

gboolean rapport_validate_text           (const char            *label,
                                          const char            *text,
                                          gboolean               required,
                                          gboolean               long_text,
                                          GError               **error);
gboolean rapport_validate_date           (const char            *label,
                                          const char            *date,
                                          GError               **error);
gboolean rapport_validate_mentee         (RapportMentee         *mentee,
                                          GError               **error);
GPtrArray *rapport_validate_mentee_all   (RapportMentee         *mentee);
gboolean rapport_validate_session_note   (RapportSessionNote    *note,
                                          GError               **error);
gboolean rapport_validate_commitment     (RapportCommitment     *commitment,
                                          GError               **error);
gboolean rapport_validate_goal           (RapportGoal           *goal,
                                          GError               **error);

G_END_DECLS
