/* rapport-cli.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int rapport_cli_handle (GVariantDict *options);

G_END_DECLS
