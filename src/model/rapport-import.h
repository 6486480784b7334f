/* rapport-import.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-repository.h"

G_BEGIN_DECLS

#define RAPPORT_IMPORT_ERROR (rapport_import_error_quark ())

typedef enum
{
  /* The file is not UTF-8 JSON, or a record in it is invalid. */
  RAPPORT_IMPORT_ERROR_INVALID,
  /* The file is JSON but not a Rapport notebook export. */
  RAPPORT_IMPORT_ERROR_NOT_RAPPORT,
  /* The file was written by a newer Rapport in a format this one cannot read. */
  RAPPORT_IMPORT_ERROR_NEWER_VERSION,
} RapportImportError;

typedef struct
{
  guint added;
  guint updated;
  guint unchanged;
} RapportImportStats;

GQuark   rapport_import_error_quark (void);
gboolean rapport_import_json_data   (RapportRepository   *repository,
                                     const char          *data,
                                     gsize                length,
                                     RapportImportStats  *stats,
                                     GError             **error);
gboolean rapport_import_json_file   (RapportRepository   *repository,
                                     const char          *path,
                                     RapportImportStats  *stats,
                                     GError             **error);

G_END_DECLS
