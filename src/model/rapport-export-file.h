/* rapport-export-file.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-repository.h"

G_BEGIN_DECLS

/**
 * RapportExportFileFormat:
 * @RAPPORT_EXPORT_FILE_UNKNOWN: the name ends in none of the extensions below
 * @RAPPORT_EXPORT_FILE_JSON: `.json`, the whole notebook (rapport-export.h)
 * @RAPPORT_EXPORT_FILE_MARKDOWN: `.md`, readable notes (rapport-export-markdown.h)
 * @RAPPORT_EXPORT_FILE_ICALENDAR: `.ics`, meetings and due promises
 *   (rapport-export-icalendar.h)
 *
 * The formats of `--export=FILE` and of the window's Export item, told apart
 * by the file name's extension.
 */
typedef enum
{
  RAPPORT_EXPORT_FILE_UNKNOWN,
  RAPPORT_EXPORT_FILE_JSON,
  RAPPORT_EXPORT_FILE_MARKDOWN,
  RAPPORT_EXPORT_FILE_ICALENDAR,
} RapportExportFileFormat;

RapportExportFileFormat  rapport_export_file_format_for_path (const char               *path);
const char              *rapport_export_file_format_extension (RapportExportFileFormat  format);
gboolean                 rapport_export_file                 (RapportRepository        *repository,
                                                              const char               *path,
                                                              GError                  **error);

G_END_DECLS
