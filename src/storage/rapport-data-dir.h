/* rapport-data-dir.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *rapport_data_dir_dup_default (void);
gboolean  rapport_data_dir_ensure      (const char  *path,
                                        GError     **error);

G_END_DECLS
