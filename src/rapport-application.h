/* rapport-application.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_APPLICATION (rapport_application_get_type ())

G_DECLARE_FINAL_TYPE (RapportApplication, rapport_application, RAPPORT, APPLICATION, AdwApplication)

RapportApplication *rapport_application_new         (void);
RapportContext     *rapport_application_get_context (RapportApplication *self);
gboolean            rapport_application_is_demo     (RapportApplication *self);

G_END_DECLS
