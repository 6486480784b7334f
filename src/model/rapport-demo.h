/* rapport-demo.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-repository.h"

G_BEGIN_DECLS

gboolean rapport_demo_populate (RapportRepository  *repository,
                                GDateTime          *now,
                                GError            **error);

G_END_DECLS
