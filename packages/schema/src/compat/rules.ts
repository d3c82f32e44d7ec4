/**
 * What a change does to the set of documents a schema accepts:
 * - `narrowed`: the new schema accepts fewer documents (some old data is now rejected);
 * - `widened`: the new schema accepts more documents (old readers may reject new data);
 * - `changed`: both at once, or undecidable (e.g. two different regexes);
 * - `none`: annotations only (title, description...): the accepted set is the same.
 */
export type Effect = "narrowed" | "widened" | "changed" | "none";

/**
 * Compatibility modes, as in Confluent Schema Registry:
 * `backward`: the new schema reads everything the old one accepted;
 * `forward`: the old schema reads everything the new one accepts;
 * `full`: both.
 */
export const compatibilityModes = ["backward", "forward", "full"] as const;
export type CompatibilityMode = (typeof compatibilityModes)[number];

/** Whether a change with this effect breaks compatibility in the given mode. */
export function breaksIn(effect: Effect, mode: CompatibilityMode): boolean {
  if (effect === "none") return false;
  if (effect === "changed" || mode === "full") return true;
  return mode === "backward" ? effect === "narrowed" : effect === "widened";
}

/** Combines the effects of several changes to the same schema. */
export function combineEffects(effects: Iterable<Effect>): Effect {
  let narrowed = false;
  let widened = false;
  for (const effect of effects) {
    if (effect === "narrowed" || effect === "changed") narrowed = true;
    if (effect === "widened" || effect === "changed") widened = true;
  }
  if (narrowed && widened) return "changed";
  if (narrowed) return "narrowed";
  return widened ? "widened" : "none";
}

/**
 * Every rule the diff engine reports, with its default effect. Names follow Confluent Schema
 * Registry's `Difference.Type` where one exists; the `CONST_*`, `ENUM_*_ADDED/REMOVED`,
 * `FORMAT_*` and `*_CHANGED` catch-alls are ours (Confluent folds or misses them).
 */
export const rules = {
  // Annotations: never break.
  ID_CHANGED: "none",
  SCHEMA_DIALECT_CHANGED: "none",
  TITLE_CHANGED: "none",
  DESCRIPTION_CHANGED: "none",
  DEFAULT_CHANGED: "none",
  ANNOTATION_CHANGED: "none",
  // Whole schemas.
  SCHEMA_NARROWED_TO_FALSE: "narrowed",
  SCHEMA_WIDENED_FROM_FALSE: "widened",
  // Types.
  TYPE_NARROWED: "narrowed",
  TYPE_EXTENDED: "widened",
  TYPE_CHANGED: "changed",
  // enum / const.
  ENUM_ADDED: "narrowed",
  ENUM_REMOVED: "widened",
  ENUM_ARRAY_NARROWED: "narrowed",
  ENUM_ARRAY_EXTENDED: "widened",
  ENUM_ARRAY_CHANGED: "changed",
  CONST_ADDED: "narrowed",
  CONST_REMOVED: "widened",
  CONST_CHANGED: "changed",
  // Strings.
  MAX_LENGTH_ADDED: "narrowed",
  MAX_LENGTH_REMOVED: "widened",
  MAX_LENGTH_INCREASED: "widened",
  MAX_LENGTH_DECREASED: "narrowed",
  MIN_LENGTH_ADDED: "narrowed",
  MIN_LENGTH_REMOVED: "widened",
  MIN_LENGTH_INCREASED: "narrowed",
  MIN_LENGTH_DECREASED: "widened",
  PATTERN_ADDED: "narrowed",
  PATTERN_REMOVED: "widened",
  PATTERN_CHANGED: "changed",
  FORMAT_ADDED: "narrowed",
  FORMAT_REMOVED: "widened",
  FORMAT_CHANGED: "changed",
  // Numbers.
  MAXIMUM_ADDED: "narrowed",
  MAXIMUM_REMOVED: "widened",
  MAXIMUM_INCREASED: "widened",
  MAXIMUM_DECREASED: "narrowed",
  MINIMUM_ADDED: "narrowed",
  MINIMUM_REMOVED: "widened",
  MINIMUM_INCREASED: "narrowed",
  MINIMUM_DECREASED: "widened",
  EXCLUSIVE_MAXIMUM_ADDED: "narrowed",
  EXCLUSIVE_MAXIMUM_REMOVED: "widened",
  EXCLUSIVE_MAXIMUM_INCREASED: "widened",
  EXCLUSIVE_MAXIMUM_DECREASED: "narrowed",
  EXCLUSIVE_MINIMUM_ADDED: "narrowed",
  EXCLUSIVE_MINIMUM_REMOVED: "widened",
  EXCLUSIVE_MINIMUM_INCREASED: "narrowed",
  EXCLUSIVE_MINIMUM_DECREASED: "widened",
  MULTIPLE_OF_ADDED: "narrowed",
  MULTIPLE_OF_REMOVED: "widened",
  MULTIPLE_OF_EXPANDED: "narrowed",
  MULTIPLE_OF_REDUCED: "widened",
  MULTIPLE_OF_CHANGED: "changed",
  // Objects.
  REQUIRED_ATTRIBUTE_ADDED: "narrowed",
  REQUIRED_ATTRIBUTE_REMOVED: "widened",
  MAX_PROPERTIES_ADDED: "narrowed",
  MAX_PROPERTIES_REMOVED: "widened",
  MAX_PROPERTIES_INCREASED: "widened",
  MAX_PROPERTIES_DECREASED: "narrowed",
  MIN_PROPERTIES_ADDED: "narrowed",
  MIN_PROPERTIES_REMOVED: "widened",
  MIN_PROPERTIES_INCREASED: "narrowed",
  MIN_PROPERTIES_DECREASED: "widened",
  ADDITIONAL_PROPERTIES_ADDED: "widened",
  ADDITIONAL_PROPERTIES_REMOVED: "narrowed",
  ADDITIONAL_PROPERTIES_EXTENDED: "widened",
  ADDITIONAL_PROPERTIES_NARROWED: "narrowed",
  PATTERN_PROPERTIES_CHANGED: "changed",
  PROPERTY_ADDED_TO_OPEN_CONTENT_MODEL: "narrowed",
  PROPERTY_WITH_EMPTY_SCHEMA_ADDED_TO_OPEN_CONTENT_MODEL: "none",
  REQUIRED_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: "changed",
  OPTIONAL_PROPERTY_ADDED_TO_UNOPEN_CONTENT_MODEL: "widened",
  PROPERTY_ADDED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: "none",
  PROPERTY_ADDED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: "none",
  PROPERTY_REMOVED_FROM_OPEN_CONTENT_MODEL: "widened",
  PROPERTY_WITH_EMPTY_SCHEMA_REMOVED_FROM_OPEN_CONTENT_MODEL: "none",
  PROPERTY_REMOVED_FROM_CLOSED_CONTENT_MODEL: "narrowed",
  PROPERTY_WITH_FALSE_REMOVED_FROM_CLOSED_CONTENT_MODEL: "none",
  PROPERTY_REMOVED_IS_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: "none",
  PROPERTY_REMOVED_NOT_COVERED_BY_PARTIALLY_OPEN_CONTENT_MODEL: "none",
  // Arrays.
  MAX_ITEMS_ADDED: "narrowed",
  MAX_ITEMS_REMOVED: "widened",
  MAX_ITEMS_INCREASED: "widened",
  MAX_ITEMS_DECREASED: "narrowed",
  MIN_ITEMS_ADDED: "narrowed",
  MIN_ITEMS_REMOVED: "widened",
  MIN_ITEMS_INCREASED: "narrowed",
  MIN_ITEMS_DECREASED: "widened",
  UNIQUE_ITEMS_ADDED: "narrowed",
  UNIQUE_ITEMS_REMOVED: "widened",
  ITEM_ADDED_TO_OPEN_CONTENT_MODEL: "narrowed",
  ITEM_ADDED_TO_CLOSED_CONTENT_MODEL: "widened",
  ITEM_REMOVED_FROM_OPEN_CONTENT_MODEL: "widened",
  ITEM_REMOVED_FROM_CLOSED_CONTENT_MODEL: "narrowed",
  // Combinators.
  SUM_TYPE_EXTENDED: "widened",
  SUM_TYPE_NARROWED: "narrowed",
  SUM_TYPE_ADDED: "narrowed",
  SUM_TYPE_REMOVED: "widened",
  COMBINED_TYPE_EXTENDED: "widened",
  COMBINED_TYPE_CHANGED: "narrowed",
  PRODUCT_TYPE_EXTENDED: "narrowed",
  PRODUCT_TYPE_NARROWED: "widened",
  NOT_TYPE_ADDED: "narrowed",
  NOT_TYPE_REMOVED: "widened",
  // Keywords the engine does not reason about: any change is reported as breaking both ways.
  KEYWORD_CHANGED: "changed",
} as const satisfies Record<string, Effect>;

export type RuleName = keyof typeof rules;
