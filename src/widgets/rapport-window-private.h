/* rapport-window-private.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-context.h"
#include "rapport-window.h"

G_BEGIN_DECLS

struct _RapportWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar;
  GtkStack             *sidebar_stack;
  AdwStatusPage        *sidebar_empty_page;
  GtkWidget            *content;
  GtkStack             *content_stack;
  AdwStatusPage        *welcome_page;
  AdwWindowTitle       *content_title;
  GtkMenuButton        *primary_menu_button;

  /* Owned references */
  RapportContext       *context;
  GSettings            *settings;
};

void _rapport_window_class_actions_init (RapportWindowClass *klass);
void _rapport_window_actions_update     (RapportWindow      *self);

G_END_DECLS
