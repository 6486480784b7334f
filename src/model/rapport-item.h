/* rapport-item.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define RAPPORT_TYPE_ITEM (rapport_item_get_type ())

G_DECLARE_DERIVABLE_TYPE (RapportItem, rapport_item, RAPPORT, ITEM, GObject)

/**
 * RapportItemClass:
 *
 * The base of the notebook's items (#RapportMentee, #RapportSessionNote,
 * #RapportCommitment, #RapportGoal and the rows of the agenda, search and
 * question bank). It carries the identity every record has — `id` (0 until
 * the item is saved), `uuid`, `created-at`, `updated-at`, `deleted-at` (set
 * while the item is in the trash) — and stores the subclass's properties, so
 * a subclass only declares them. Setting a property notifies only when the
 * value changes.
 *
 * Items are plain values: changing a property does not save anything; hand
 * the item to the #RapportRepository to save it.
 */
struct _RapportItemClass
{
  GObjectClass parent_class;

  /*< private >*/
  GParamSpec **fields;
  guint        n_fields;
  gpointer     padding[6];
};

gint64      rapport_item_get_id          (RapportItem *self);
const char *rapport_item_get_uuid        (RapportItem *self);
GDateTime  *rapport_item_get_created_at  (RapportItem *self);
GDateTime  *rapport_item_get_updated_at  (RapportItem *self);
GDateTime  *rapport_item_get_deleted_at  (RapportItem *self);
gboolean    rapport_item_is_saved        (RapportItem *self);
void        rapport_item_update_from     (RapportItem *self,
                                          RapportItem *other);

/* For subclasses and the repository. */
void          _rapport_item_class_install_fields (RapportItemClass *klass,
                                                  GParamSpec      **pspecs,
                                                  guint             n_pspecs);
const GValue *_rapport_item_get_field            (RapportItem      *self,
                                                  guint             prop_id);
void          _rapport_item_set_id               (RapportItem      *self,
                                                  gint64            id);
void          _rapport_item_set_uuid             (RapportItem      *self,
                                                  const char       *uuid);
void          _rapport_item_set_timestamps       (RapportItem      *self,
                                                  GDateTime        *created_at,
                                                  GDateTime        *updated_at);
void          _rapport_item_set_deleted_at       (RapportItem      *self,
                                                  GDateTime        *deleted_at);

G_END_DECLS
