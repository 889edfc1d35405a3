/* px-json-schema.h
 *
 * Copyright 2026 The Parallax Authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * PxJsonKind:
 * @PX_JSON_OBJECT: an object
 * @PX_JSON_LIST: an array
 * @PX_JSON_STRING: a string
 * @PX_JSON_INT: a whole number
 * @PX_JSON_NUMBER: any number
 * @PX_JSON_BOOLEAN: true or false
 */
typedef enum
{
  PX_JSON_OBJECT,
  PX_JSON_LIST,
  PX_JSON_STRING,
  PX_JSON_INT,
  PX_JSON_NUMBER,
  PX_JSON_BOOLEAN,
} PxJsonKind;

typedef struct _PxJsonSchema PxJsonSchema;

/**
 * PxJsonMember:
 * @name: the member's name; %NULL ends a list of members
 * @schema: what its value must be
 * @required: whether it must be present
 */
typedef struct
{
  const char         *name;
  const PxJsonSchema *schema;
  gboolean            required;
} PxJsonMember;

/**
 * PxJsonSchema:
 * @kind: the node type a value must have
 * @nullable: whether %null stands for "not given"
 * @members: for objects, the members that are read (others are ignored, so
 *   that files written by later versions of the same format still check)
 * @element: for lists, what every element must be
 * @items: for lists of a fixed length, what each item must be,
 *   %NULL-terminated
 *
 * The shape of a JSON document, checked before anything is read from it, so
 * that the reader may use json-glib's getters, which warn on a type mismatch,
 * without a check at every access.
 */
struct _PxJsonSchema
{
  PxJsonKind                 kind;
  gboolean                   nullable;
  const PxJsonMember        *members;
  const PxJsonSchema        *element;
  const PxJsonSchema * const *items;
};

gboolean px_json_schema_check (const PxJsonSchema  *schema,
                               JsonNode            *node,
                               const char          *path,
                               char               **problem);
/**
 * PxJsonTextProblem:
 * @PX_JSON_TEXT_OK: json-glib may parse the text
 * @PX_JSON_TEXT_TOO_DEEP: lists and objects nest too deeply
 * @PX_JSON_TEXT_MORE_VALUES: more than one value at the top level
 */
typedef enum
{
  PX_JSON_TEXT_OK,
  PX_JSON_TEXT_TOO_DEEP,
  PX_JSON_TEXT_MORE_VALUES,
} PxJsonTextProblem;

PxJsonTextProblem px_json_text_check (const char *data,
                                      gsize       length,
                                      guint       max_depth,
                                      gsize      *first_end);

G_END_DECLS
