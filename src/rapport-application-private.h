/* rapport-application-private.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-application.h"

G_BEGIN_DECLS

void _rapport_application_init_actions (RapportApplication *self);

G_END_DECLS
