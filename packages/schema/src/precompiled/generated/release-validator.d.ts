// Declarations for the generated standalone validator next to this file (written by hand: the
// generated module only ever exports this one function).

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
export default validate;
