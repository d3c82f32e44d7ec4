import type { Parliament } from "@parlwire/schema";
import type { Knowledge } from "../knowledge/knowledge.js";
import type { BoilerplateFacts } from "../layout/boilerplate.js";

/** Parliament records for the ids a release refers to, in first-reference order; boilerplate facts merged in. */
export function buildParliaments(
  k: Knowledge,
  ids: (string | undefined)[],
  about: { parliament?: string; facts: BoilerplateFacts; asOf?: string },
): Parliament[] {
  const seen = new Set<string>();
  const out: Parliament[] = [];
  for (const id of ids) {
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const known = k.parliamentById.get(id);
    if (!known) continue;
    const facts = about.parliament === id ? about.facts : {};
    const parliament: Parliament = { id, name: known.name };
    if (known.otherNames?.length) parliament.otherNames = known.otherNames.map((n) => ({ ...n }));
    if (known.country) parliament.country = known.country;
    const structure = known.structure ?? facts.structure;
    if (structure) parliament.structure = structure;
    let chambers = known.chambers?.map(({ kind, name }) => (name ? { kind, name } : { kind }));
    if (!chambers && structure === "unicameral") chambers = [{ kind: "single" }];
    if (chambers) {
      parliament.chambers = chambers.map((c) =>
        c.kind === "single" && facts.seats !== undefined && chambers!.length === 1 ? { ...c, seats: facts.seats } : c,
      );
    }
    if (facts.seats !== undefined) parliament.seats = about.asOf ? { count: facts.seats, asOf: about.asOf } : { count: facts.seats };
    if (facts.electoralSystem) parliament.electoralSystem = facts.electoralSystem;
    if (facts.termYears !== undefined) parliament.termYears = facts.termYears;
    if (known.website) parliament.website = known.website;
    out.push(parliament);
  }
  return out;
}
