import { inputLimits } from "../io/limits.js";

/** What a page's schema.org JSON-LD says about its article. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: string;
  articleSection?: string;
  url?: string;
}

// Types whose headline and dates describe the page's own article.
const articleTypes = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "BlogPosting",
  "PressRelease",
  "WebPage",
]);
const unsafeKeys = new Set(["__proto__", "constructor", "prototype"]);
const maxNodes = 10_000;

/**
 * Parses one JSON-LD block and returns the first article-like node's fields, or undefined.
 * Never throws: malformed, oversized or hostile JSON is ignored. Keys that could pollute
 * prototypes are dropped while parsing, and the graph is walked iteratively with a node budget.
 */
export function readJsonLd(raw: string): JsonLdArticle | undefined {
  if (raw.length > inputLimits.jsonLdChars) return undefined;
  let root: unknown;
  try {
    root = JSON.parse(raw, (key, value: unknown) => (unsafeKeys.has(key) ? undefined : value));
  } catch {
    return undefined;
  }
  const queue: unknown[] = [root];
  let best: { rank: number; node: Record<string, unknown> } | undefined;
  for (let seen = 0; seen < queue.length && seen < maxNodes; seen++) {
    const node = queue[seen];
    if (Array.isArray(node)) {
      queue.push(...node.slice(0, maxNodes));
      continue;
    }
    if (typeof node !== "object" || node === null) continue;
    const record = node as Record<string, unknown>;
    const rank = typeRank(own(record, "@type"));
    if (rank !== undefined && (best === undefined || rank < best.rank)) best = { rank, node: record };
    const graph = own(record, "@graph");
    if (graph !== undefined) queue.push(graph);
    const main = own(record, "mainEntity");
    if (main !== undefined) queue.push(main);
  }
  if (!best) return undefined;
  const out: JsonLdArticle = {};
  const headline = firstString(own(best.node, "headline")) ?? firstString(own(best.node, "name"));
  const datePublished = firstString(own(best.node, "datePublished"));
  const articleSection = firstString(own(best.node, "articleSection"));
  const url = firstString(own(best.node, "url"));
  if (headline) out.headline = headline;
  if (datePublished) out.datePublished = datePublished;
  if (articleSection) out.articleSection = articleSection;
  if (url) out.url = url;
  return out;
}

// Lower is better: a news article beats a generic WebPage that wraps it.
function typeRank(type: unknown): number | undefined {
  const types = Array.isArray(type) ? type : [type];
  let rank: number | undefined;
  for (const t of types) {
    if (typeof t !== "string") continue;
    const name = t.replace(/^https?:\/\/schema\.org\//, "");
    if (!articleTypes.has(name)) continue;
    const r = name === "WebPage" ? 1 : 0;
    rank = rank === undefined ? r : Math.min(rank, r);
  }
  return rank;
}

function own(record: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function firstString(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== "string") return undefined;
  const text = first.replace(/\s+/g, " ").trim();
  return text === "" ? undefined : text;
}
