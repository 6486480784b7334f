/* rapport-export-markdown.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-repository.h"

G_BEGIN_DECLS

/**
 * RapportMarkdownFlags:
 * @RAPPORT_MARKDOWN_NONE: everything, for the mentor's own records
 * @RAPPORT_MARKDOWN_SHARE_SAFE: a recap that can be handed over: leaves out
 *   the private session notes, the feedback preferences and sensitivities,
 *   the boundaries and the free-form "about" text
 */
typedef enum
{
  RAPPORT_MARKDOWN_NONE       = 0,
  RAPPORT_MARKDOWN_SHARE_SAFE = 1 << 0,
} RapportMarkdownFlags;

void      rapport_export_markdown_mentee      (RapportRepository     *repository,
                                               RapportMentee         *mentee,
                                               RapportMarkdownFlags   flags,
                                               GString               *out);
char     *rapport_export_markdown             (RapportRepository     *repository,
                                               RapportMarkdownFlags   flags);
gboolean  rapport_export_markdown_file        (RapportRepository     *repository,
                                               const char            *path,
                                               RapportMarkdownFlags   flags,
                                               GError               **error);
gboolean  rapport_export_markdown_mentee_file (RapportRepository     *repository,
                                               RapportMentee         *mentee,
                                               const char            *path,
                                               RapportMarkdownFlags   flags,
                                               GError               **error);

/* For the tests: user text as Markdown that renders as the text itself. */
char     *_rapport_markdown_escape_inline     (const char            *text);
char     *_rapport_markdown_escape_block      (const char            *text);

G_END_DECLS
