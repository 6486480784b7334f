/* rapport-search-result.h
 *
 * Copyright 2026 The Rapport developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rapport-enums.h"
#include "rapport-item.h"
#include "rapport-types.h"

G_BEGIN_DECLS

#define RAPPORT_TYPE_SEARCH_RESULT (rapport_search_result_get_type ())

G_DECLARE_FINAL_TYPE (RapportSearchResult, rapport_search_result, RAPPORT, SEARCH_RESULT, RapportItem)

RapportSearchResult *rapport_search_result_new (void);

RapportSearchKind     rapport_search_result_get_kind            (RapportSearchResult *self);
gint64                rapport_search_result_get_item_id         (RapportSearchResult *self);
gint64                rapport_search_result_get_mentee_id       (RapportSearchResult *self);
const char *          rapport_search_result_get_mentee_name     (RapportSearchResult *self);
GDateTime *           rapport_search_result_get_starts_at       (RapportSearchResult *self);
const char *          rapport_search_result_get_title           (RapportSearchResult *self);
const char *          rapport_search_result_get_snippet         (RapportSearchResult *self);
const char *          rapport_search_result_get_snippet_markup  (RapportSearchResult *self);
double                rapport_search_result_get_score           (RapportSearchResult *self);
char *                rapport_search_result_dup_description     (RapportSearchResult *self,
                                                                 GDateTime           *now);


G_END_DECLS
