/* rapport-widget-utils.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "rapport-repository.h"

G_BEGIN_DECLS

void      rapport_widget_add_toast          (GtkWidget   *widget,
                                             AdwToast    *toast);
void      rapport_widget_show_error         (GtkWidget   *widget,
                                             const char  *what,
                                             const GError *error);
AdwToast *_rapport_widget_get_last_toast    (GtkWidget   *widget);
gboolean  rapport_widget_complete_promise   (GtkWidget         *widget,
                                             RapportRepository *repository,
                                             RapportCommitment *commitment);
gboolean  rapport_widget_trash_with_undo    (GtkWidget         *widget,
                                             RapportRepository *repository,
                                             RapportItem       *item,
                                             const char        *title);
GtkWidget *rapport_widget_labelled          (const char  *caption,
                                             GtkWidget   *field);
char     *rapport_text_view_dup_text        (GtkTextView *view);
void      rapport_text_view_set_text        (GtkTextView *view,
                                             const char  *text);
void      rapport_row_add_tick_key          (GtkWidget      *row,
                                             GtkCheckButton *check);

G_END_DECLS
