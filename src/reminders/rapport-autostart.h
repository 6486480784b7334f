/* rapport-autostart.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *rapport_autostart_get_path   (void);
gboolean  rapport_autostart_is_enabled (void);
gboolean  rapport_autostart_set_enabled (gboolean   enabled,
                                         GError   **error);

gboolean  rapport_autostart_is_sandboxed (void);
void      rapport_autostart_request_background_async  (GDBusConnection      *bus,
                                                       gboolean              enabled,
                                                       const char           *reason,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
gboolean  rapport_autostart_request_background_finish (GAsyncResult         *result,
                                                       GError              **error);

G_END_DECLS
