/* rapport-export-file.c
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rapport-export-file"

#include "config.h"

#include <glib/gi18n.h>

#include "rapport-export.h"
#include "rapport-export-file.h"
#include "rapport-export-icalendar.h"
#include "rapport-export-markdown.h"

/* One place decides what `--export=FILE` and the window's Export item write,
 * so the two can never disagree about a file name. */

static gboolean
has_suffix (const char *path,
            const char *suffix)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  return g_str_has_suffix (lower, suffix);
}

/**
 * rapport_export_file_format_for_path:
 * @path: a file name
 *
 * Tells the export format from the extension of @path, in any case
 * (`notes.MD` is Markdown).
 *
 * Returns: the format, or %RAPPORT_EXPORT_FILE_UNKNOWN
 */
RapportExportFileFormat
rapport_export_file_format_for_path (const char *path)
{
  g_return_val_if_fail (path != NULL, RAPPORT_EXPORT_FILE_UNKNOWN);

  if (has_suffix (path, ".json"))
    return RAPPORT_EXPORT_FILE_JSON;
  if (has_suffix (path, ".md"))
    return RAPPORT_EXPORT_FILE_MARKDOWN;
  if (has_suffix (path, ".ics"))
    return RAPPORT_EXPORT_FILE_ICALENDAR;

  return RAPPORT_EXPORT_FILE_UNKNOWN;
}

/**
 * rapport_export_file_format_extension:
 * @format: a known format
 *
 * Returns: the extension files of @format get, with its dot, e.g. ".json"
 */
const char *
rapport_export_file_format_extension (RapportExportFileFormat format)
{
  switch (format)
    {
    case RAPPORT_EXPORT_FILE_JSON:
      return ".json";
    case RAPPORT_EXPORT_FILE_MARKDOWN:
      return ".md";
    case RAPPORT_EXPORT_FILE_ICALENDAR:
      return ".ics";
    case RAPPORT_EXPORT_FILE_UNKNOWN:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * rapport_export_file:
 * @repository: the notebook
 * @path: the file to write, ending in `.json`, `.md` or `.ics`
 * @error: return location for a #GFileError, or %G_IO_ERROR_INVALID_ARGUMENT
 *   when the extension names no format
 *
 * Writes the whole notebook to @path in the format its extension names:
 * the JSON interchange format, the readable Markdown notes, or the
 * iCalendar meetings and due promises. Every format is written atomically
 * and readable by its owner only (0600).
 *
 * Returns: %TRUE if written
 */
gboolean
rapport_export_file (RapportRepository  *repository,
                     const char         *path,
                     GError            **error)
{
  g_return_val_if_fail (RAPPORT_IS_REPOSITORY (repository), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  switch (rapport_export_file_format_for_path (path))
    {
    case RAPPORT_EXPORT_FILE_JSON:
      return rapport_export_json_file (repository, path, error);

    case RAPPORT_EXPORT_FILE_MARKDOWN:
      return rapport_export_markdown_file (repository, path, RAPPORT_MARKDOWN_NONE, error);

    case RAPPORT_EXPORT_FILE_ICALENDAR:
      return rapport_export_icalendar_file (repository, path, error);

    case RAPPORT_EXPORT_FILE_UNKNOWN:
    default:
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("Cannot tell the export format from “%s”; use a name ending in .json, .md or .ics"),
                   path);
      return FALSE;
    }
}
