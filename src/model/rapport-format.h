/* rapport-format.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "rapport-mentee.h"

G_BEGIN_DECLS

int   rapport_format_days_between    (GDateTime     *from,
                                      GDateTime     *to);
char *rapport_format_meeting_time    (GDateTime     *starts_at,
                                      GDateTime     *now);
char *rapport_format_due             (const char    *due_date,
                                      const char    *due_time,
                                      GDateTime     *now);
char *rapport_format_date            (const char    *date,
                                      GDateTime     *now);
char *rapport_format_mentee_status   (RapportMentee *mentee,
                                      GDateTime     *now);
char *rapport_format_user_text       (const char    *text);
GStrv rapport_tags_parse             (const char    *text);

G_END_DECLS
