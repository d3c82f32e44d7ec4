import type { z } from "zod";
import demonymsFile from "../../data/demonyms.json" with { type: "json" };
import monthsFile from "../../data/months.json" with { type: "json" };
import officialsFile from "../../data/officials.json" with { type: "json" };
import parliamentsFile from "../../data/parliaments.json" with { type: "json" };
import placesFile from "../../data/places.json" with { type: "json" };
import positionsFile from "../../data/positions.json" with { type: "json" };
import referencesFile from "../../data/references.json" with { type: "json" };
import sourcesFile from "../../data/sources.json" with { type: "json" };
import {
  DemonymsFileSchema,
  MonthsFileSchema,
  OfficialsFileSchema,
  ParliamentsFileSchema,
  PlacesFileSchema,
  PositionsFileSchema,
  ReferencesFileSchema,
  SourcesFileSchema,
  type KnownOfficial,
  type KnownParliament,
  type RoleRule,
  type SourceProfile,
} from "./knowledge-schema.js";
import { foldName } from "./fold-name.js";

/** Everything the extraction knows besides the text: the data files, checked and indexed. */
export interface Knowledge {
  /** Month names of every language in data/months.json: read in date lines and provenance lines. */
  months: Map<string, number>;
  /** Month names of the languages whose prose is read (English, Azerbaijani, Russian): dates in the text, and words no name holds. */
  proseMonths: Map<string, number>;
  sources: SourceProfile[];
  parliaments: KnownParliament[];
  parliamentById: Map<string, KnownParliament>;
  /** Parliament aliases (and names), longest first. */
  parliamentAliases: { alias: string; parliament: KnownParliament }[];
  officialsByName: Map<string, KnownOfficial>;
  titles: Set<string>;
  /** Titles by their first word, each as its words, longest first. */
  titlesByFirstWord: Map<string, string[][]>;
  plurals: Map<string, string>;
  modifiers: Set<string>;
  roleRules: RoleRule[];
  /** Nouns of a body's staff ("secretariat"): the head of one is not the head of the body. */
  staffBodies: Set<string>;
  demonyms: Map<string, string>;
  cities: Map<string, string>;
  /** General abbreviations of common nouns and well-known bodies ("WG" → "working group"). */
  abbreviations: Map<string, string>;
  /** Head nouns of bodies a position may refer back to, each as its lowercase words, longest first. */
  bodies: string[][];
  /** Words marking a phrase as a reference to something named earlier ("the aforementioned WG"). */
  referringWords: Set<string>;
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue ? issue.path.join(".") : "";
  throw new Error(`apps/importer/data/${file}: ${path || "(file)"}: ${issue?.message ?? "invalid"} (see apps/importer/DATA.md)`);
}

/** The languages whose prose the importer reads (see the importer README, "Still not handled"). */
const proseLanguages = new Set(["en", "az", "ru"]);

function build(): Knowledge {
  const months = new Map<string, number>();
  const proseMonths = new Map<string, number>();
  for (const [language, table] of Object.entries(check(MonthsFileSchema, monthsFile, "months.json"))) {
    for (const [name, month] of Object.entries(table)) {
      months.set(name.toLowerCase(), month);
      // Other languages' months are common given names (Julio, Abril, Mai): only date lines read them.
      if (proseLanguages.has(language)) proseMonths.set(name.toLowerCase(), month);
    }
  }
  const { sources } = check(SourcesFileSchema, sourcesFile, "sources.json");
  const { parliaments } = check(ParliamentsFileSchema, parliamentsFile, "parliaments.json");
  const parliamentAliases = parliaments
    .flatMap((parliament) =>
      [parliament.name, ...parliament.aliases, ...(parliament.otherNames ?? []).map((n) => n.name)].map((alias) => ({ alias, parliament })),
    )
    .sort((a, b) => b.alias.length - a.alias.length);
  const officialsByName = new Map<string, KnownOfficial>();
  for (const official of check(OfficialsFileSchema, officialsFile, "officials.json").officials) {
    for (const name of [official.name, ...official.variants, ...(official.otherNames ?? []).map((n) => n.name)]) {
      officialsByName.set(foldName(name), official);
    }
  }
  const positions = check(PositionsFileSchema, positionsFile, "positions.json");
  const titlesByFirstWord = new Map<string, string[][]>();
  for (const title of positions.titles) {
    const words = title.toLowerCase().split(" ");
    const list = titlesByFirstWord.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    titlesByFirstWord.set(words[0]!, list);
  }
  const demonyms = check(DemonymsFileSchema, demonymsFile, "demonyms.json").demonyms;
  const cities = check(PlacesFileSchema, placesFile, "places.json").cities;
  const references = check(ReferencesFileSchema, referencesFile, "references.json");
  return {
    months,
    proseMonths,
    sources,
    parliaments,
    parliamentById: new Map(parliaments.map((p) => [p.id, p])),
    parliamentAliases,
    officialsByName,
    titles: new Set(positions.titles.map((t) => t.toLowerCase())),
    titlesByFirstWord,
    plurals: new Map(Object.entries(positions.plurals)),
    modifiers: new Set(positions.modifiers),
    roleRules: positions.roles,
    staffBodies: new Set(positions.staffBodies),
    demonyms: new Map(Object.entries(demonyms)),
    cities: new Map(Object.entries(cities)),
    abbreviations: new Map(Object.entries(references.abbreviations)),
    bodies: references.bodies.map((b) => b.split(" ")).sort((a, b) => b.length - a.length),
    referringWords: new Set(references.referringWords),
  };
}

let cached: Knowledge | undefined;

/** The bundled knowledge, validated once on first use. */
export function knowledge(): Knowledge {
  cached ??= build();
  return cached;
}
