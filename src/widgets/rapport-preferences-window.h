/* rapport-preferences-window.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_PREFERENCES_WINDOW (rapport_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RapportPreferencesWindow, rapport_preferences_window, RAPPORT, PREFERENCES_WINDOW, AdwPreferencesWindow)

RapportPreferencesWindow *rapport_preferences_window_new (RapportContext *context);

G_END_DECLS
