import { portablePattern } from "../zod-free/portable-pattern.js";
import { patterned } from "./text.js";

export const languagePattern = portablePattern("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

/** A BCP 47 language tag, e.g. `en`, `az-Latn`, `ru`. */
export const LanguageSchema = patterned(languagePattern, 35, "a BCP 47 language tag like en or az-Latn").meta({
  description: "A BCP 47 language tag, e.g. en, az, az-Latn, ru.",
});
