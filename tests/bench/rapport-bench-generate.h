/* rapport-bench-generate.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  guint mentees;
  guint sessions;
  guint commitments;
  guint goals;
  guint64 note_bytes;
} RapportBenchCounts;

gboolean     rapport_bench_generate      (const char          *data_dir,
                                          double               scale,
                                          guint32              seed,
                                          GDateTime           *now,
                                          RapportBenchCounts  *counts,
                                          GError             **error);
const char  *rapport_bench_random_word   (GRand               *rand);

G_END_DECLS
