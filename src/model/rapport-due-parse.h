/* rapport-due-parse.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean rapport_due_parse (const char *text,
                            GDateTime  *now,
                            GDate      *date);

G_END_DECLS
