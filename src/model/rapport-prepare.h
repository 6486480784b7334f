/* rapport-prepare.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rapport-brief-item.h"
#include "rapport-ledger.h"
#include "rapport-question-picker.h"
#include "rapport-repository.h"

G_BEGIN_DECLS

/* An active goal whose progress has not changed for more than this many
 * calendar days is flagged "no progress for a while". */
#define RAPPORT_PREPARE_STALLED_DAYS 30

/* The opening of the last meeting's notes, in characters. */
#define RAPPORT_PREPARE_EXCERPT_CHARS 240

#define RAPPORT_TYPE_PREPARE (rapport_prepare_get_type ())

G_DECLARE_FINAL_TYPE (RapportPrepare, rapport_prepare, RAPPORT, PREPARE, GObject)

RapportPrepare     *rapport_prepare_new                 (RapportRepository  *repository,
                                                         gint64              mentee_id,
                                                         GDateTime          *now,
                                                         GError            **error);

RapportMentee      *rapport_prepare_get_mentee          (RapportPrepare     *self);
GDateTime          *rapport_prepare_get_now             (RapportPrepare     *self);
guint               rapport_prepare_get_held_sessions   (RapportPrepare     *self);
RapportQuestionStage rapport_prepare_get_stage          (RapportPrepare     *self);

RapportSessionNote *rapport_prepare_get_next_meeting    (RapportPrepare     *self);
RapportSessionNote *rapport_prepare_get_last_session    (RapportPrepare     *self);
const char         *rapport_prepare_get_notes_excerpt   (RapportPrepare     *self);

GListModel         *rapport_prepare_get_my_promises     (RapportPrepare     *self);
GListModel         *rapport_prepare_get_their_commitments (RapportPrepare   *self);
guint               rapport_prepare_count_overdue       (RapportPrepare     *self);
gboolean            rapport_prepare_is_overdue          (RapportPrepare     *self,
                                                         RapportCommitment  *commitment);

GListModel         *rapport_prepare_get_goals           (RapportPrepare     *self);
GListModel         *rapport_prepare_get_wins            (RapportPrepare     *self);
GPtrArray          *rapport_prepare_get_boundaries      (RapportPrepare     *self);

GListModel         *rapport_prepare_get_questions       (RapportPrepare     *self);
RapportQuestion    *rapport_prepare_swap_question       (RapportPrepare     *self,
                                                         guint               position);
gboolean            rapport_prepare_is_question_asked   (RapportPrepare     *self,
                                                         RapportQuestion    *question);
gboolean            rapport_prepare_set_question_asked  (RapportPrepare     *self,
                                                         RapportQuestion    *question,
                                                         gboolean            asked,
                                                         GError            **error);

RapportLedger      *rapport_prepare_get_ledger          (RapportPrepare     *self);

GListModel         *rapport_prepare_get_draft_agenda    (RapportPrepare     *self);
char               *rapport_prepare_dup_draft_agenda_text (RapportPrepare   *self);
GDateTime          *rapport_prepare_suggest_next_start  (RapportPrepare     *self);
RapportSessionNote *rapport_prepare_apply_agenda        (RapportPrepare     *self,
                                                         const char         *agenda,
                                                         GDateTime          *starts_at,
                                                         GError            **error);

char               *rapport_prepare_to_markdown         (RapportPrepare     *self);

/* Agenda text, one item a line: "- [ ] open", "- [x] covered", or plain. */
char               *rapport_agenda_line_parse           (const char         *line,
                                                         gboolean           *has_box,
                                                         gboolean           *ticked);
char               *rapport_agenda_normalize            (const char         *agenda);

G_END_DECLS
