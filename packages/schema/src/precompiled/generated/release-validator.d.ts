// Declarations for the generated standalone validator next to this file (written by hand: the
// generated module exports the validator, the schema it embeds and the pattern phrases).

/** An ajv error object, as the standalone code writes it. */
export interface StandaloneError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

export interface StandaloneValidate {
  (data: unknown): boolean;
  /** The first error of the last failed call; null or absent after a success. */
  errors?: StandaloneError[] | null;
}

export declare const validate: StandaloneValidate;
/** The strict release schema as ajv embeds it (annotations dropped). */
export declare const strictSchema: Record<string, unknown>;
/** Pattern source → what it means in words ("a calendar date YYYY-MM-DD"), as the zod schemas word it. */
export declare const patternPhrases: Record<string, string>;
export default validate;
