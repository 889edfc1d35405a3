/* px-name-map.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _PxNameMap PxNameMap;

PxNameMap *px_name_map_new      (void);
void       px_name_map_free     (PxNameMap  *map);
void       px_name_map_add      (PxNameMap  *map,
                                 const char *from,
                                 const char *to);
gboolean   px_name_map_is_empty (PxNameMap  *map);
char      *px_name_map_apply    (PxNameMap  *map,
                                 const char *text,
                                 GArray     *marks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PxNameMap, px_name_map_free)

G_END_DECLS
