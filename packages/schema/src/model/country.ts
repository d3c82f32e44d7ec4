import { portablePattern } from "../zod-free/portable-pattern.js";
import { patterned } from "./text.js";

/** An ISO 3166-1 alpha-2 country code, uppercase, e.g. `AZ`. */
export const CountryCodeSchema = patterned(portablePattern("[A-Z]{2}"), 2, "an ISO 3166-1 alpha-2 code like AZ").meta({
  description: "ISO 3166-1 alpha-2 country code, uppercase, e.g. AZ, KZ.",
});
