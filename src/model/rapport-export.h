/* rapport-export.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

/* The JSON interchange format of DESIGN.md section 6. */
#define RAPPORT_EXPORT_FORMAT  "rapport-notebook"
#define RAPPORT_EXPORT_VERSION 1

gboolean  rapport_export_write_json  (RapportRepository  *repository,
                                      GDateTime          *exported_at,
                                      GOutputStream      *out,
                                      GCancellable       *cancellable,
                                      GError            **error);
JsonNode *rapport_export_build_json  (RapportRepository  *repository,
                                      GDateTime          *exported_at,
                                      GError            **error);
char     *rapport_export_to_json     (RapportRepository  *repository,
                                      GDateTime          *exported_at,
                                      gsize              *length);
gboolean  rapport_export_json_file   (RapportRepository  *repository,
                                      const char         *path,
                                      GError            **error);

/* For the importer: one record as a JSON object, without its nested arrays
 * and without the timestamps, so two versions of a record can be compared. */
JsonNode *_rapport_export_mentee_fields     (RapportMentee      *mentee);
JsonNode *_rapport_export_session_fields    (RapportSessionNote *session);
JsonNode *_rapport_export_commitment_fields (RapportCommitment  *commitment,
                                             const char         *session_uuid);
JsonNode *_rapport_export_goal_fields       (RapportGoal        *goal);

G_END_DECLS
