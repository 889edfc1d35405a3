/* px-attribution.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "px-core-types.h"

G_BEGIN_DECLS

/**
 * PxSourceKind:
 * @PX_SOURCE_OUTLET: a newspaper, broadcaster or news site
 * @PX_SOURCE_AGENCY: a news agency (dpa, Reuters, AP…)
 * @PX_SOURCE_OFFICIAL: an unnamed official or officials ("hochrangige US-Beamte")
 * @PX_SOURCE_INSTITUTION: a ministry, authority, government or organisation
 * @PX_SOURCE_PERSON: a named person
 * @PX_SOURCE_ANONYMOUS: unnamed sources, media reports, "informierte Kreise"
 *
 * Who a source is, as far as the wording tells.
 */
typedef enum
{
  PX_SOURCE_OUTLET,
  PX_SOURCE_AGENCY,
  PX_SOURCE_OFFICIAL,
  PX_SOURCE_INSTITUTION,
  PX_SOURCE_PERSON,
  PX_SOURCE_ANONYMOUS,
} PxSourceKind;

#define PX_TYPE_ATTRIBUTION (px_attribution_get_type ())

typedef struct _PxAttribution PxAttribution;

/**
 * PxAttributionSet:
 * @document: the document id
 * @root: (nullable): the document's own outlet or agency, for display
 * @attributions: (nullable) (element-type PxAttribution): the attributions
 *   found in the document's sentences that carry one claim
 * @language: (nullable): the document's language; documents in different
 *   languages compare their sources by name and kind, not by wording
 *
 * One document's side of a claim, as input to px_attribution_compare_chains().
 */
typedef struct
{
  const char *document;
  const char *root;
  GPtrArray  *attributions;
  const char *language;
} PxAttributionSet;

const char    *px_source_kind_to_string          (PxSourceKind            kind);
gboolean       px_source_kind_from_string        (const char             *str,
                                                  PxSourceKind           *kind);

GType          px_attribution_get_type           (void) G_GNUC_CONST;
PxAttribution *px_attribution_new                (guint                   sentence,
                                                  const char             *cue,
                                                  PxSpan                  cue_span,
                                                  const char             *source,
                                                  const char             *source_name,
                                                  PxSpan                  source_span,
                                                  PxSourceKind            source_kind,
                                                  const char * const     *via_texts,
                                                  const PxSourceKind     *via_kinds,
                                                  guint                   n_via);
PxAttribution *px_attribution_ref                (PxAttribution          *self);
void           px_attribution_unref              (PxAttribution          *self);
guint          px_attribution_get_sentence       (const PxAttribution    *self);
const char    *px_attribution_get_cue            (const PxAttribution    *self);
PxSpan         px_attribution_get_cue_span       (const PxAttribution    *self);
const char    *px_attribution_get_source         (const PxAttribution    *self);
const char    *px_attribution_get_source_name    (const PxAttribution    *self);
PxSpan         px_attribution_get_source_span    (const PxAttribution    *self);
PxSourceKind   px_attribution_get_source_kind    (const PxAttribution    *self);
guint          px_attribution_get_n_via          (const PxAttribution    *self);
const char    *px_attribution_get_via_text       (const PxAttribution    *self,
                                                  guint                   index);
PxSourceKind   px_attribution_get_via_kind       (const PxAttribution    *self,
                                                  guint                   index);
char          *px_attribution_describe_chain     (const PxAttribution    *self,
                                                  const char             *root);
char          *px_attribution_compare_chains     (const PxAttributionSet *sets,
                                                  guint                   n_sets,
                                                  gboolean               *diverge);
char          *px_attribution_compare_across     (const PxAttributionSet *sets,
                                                  guint                   n_sets,
                                                  gboolean               *diverge);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxAttribution, px_attribution_unref)

G_END_DECLS
