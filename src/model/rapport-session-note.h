/* rapport-session-note.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-enums.h"
#include "rapport-item.h"
#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_SESSION_NOTE (rapport_session_note_get_type ())

G_DECLARE_FINAL_TYPE (RapportSessionNote, rapport_session_note, RAPPORT, SESSION_NOTE, RapportItem)

RapportSessionNote *rapport_session_note_new (void);

gint64                rapport_session_note_get_mentee_id         (RapportSessionNote *self);
GDateTime *           rapport_session_note_get_starts_at         (RapportSessionNote *self);
int                   rapport_session_note_get_duration_minutes  (RapportSessionNote *self);
RapportSessionStatus  rapport_session_note_get_status            (RapportSessionNote *self);
const char *          rapport_session_note_get_agenda            (RapportSessionNote *self);
const char *          rapport_session_note_get_notes             (RapportSessionNote *self);
int                   rapport_session_note_get_rating            (RapportSessionNote *self);
const char *          rapport_session_note_get_takeaway          (RapportSessionNote *self);
const char *          rapport_session_note_get_wins              (RapportSessionNote *self);

void                  rapport_session_note_set_mentee_id         (RapportSessionNote *self,
                                                                  gint64 value);
void                  rapport_session_note_set_starts_at         (RapportSessionNote *self,
                                                                  GDateTime *value);
void                  rapport_session_note_set_duration_minutes  (RapportSessionNote *self,
                                                                  int value);
void                  rapport_session_note_set_status            (RapportSessionNote *self,
                                                                  RapportSessionStatus value);
void                  rapport_session_note_set_agenda            (RapportSessionNote *self,
                                                                  const char *value);
void                  rapport_session_note_set_notes             (RapportSessionNote *self,
                                                                  const char *value);
void                  rapport_session_note_set_rating            (RapportSessionNote *self,
                                                                  int value);
void                  rapport_session_note_set_takeaway          (RapportSessionNote *self,
                                                                  const char *value);
void                  rapport_session_note_set_wins              (RapportSessionNote *self,
                                                                  const char *value);

G_END_DECLS
