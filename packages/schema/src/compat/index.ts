export { breakingDifferences, diffSchemas, type Difference } from "./diff-schemas.js";
export { breaksIn, combineEffects, compatibilityModes, rules, type CompatibilityMode, type Effect, type RuleName } from "./rules.js";
export { SchemaDiffError, SchemaDocument, type Json, type Schema, type SchemaObject } from "./schema-document.js";
