import type { Knowledge } from "./knowledge.js";
import type { SourceProfile } from "./knowledge-schema.js";

/** The host of an http(s) URL, lowercase, or undefined for anything else. */
export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The source profile for a capture: named explicitly, else by the URL's host, else by a marker
 * string the source prints (its signature or boilerplate). Undefined when nothing fits.
 */
export function detectSource(k: Knowledge, text: string, url: string | undefined, name: string | undefined): SourceProfile | undefined {
  if (name && name !== "auto") return k.sources.find((s) => s.name === name);
  const host = hostOf(url);
  if (host) {
    const byHost = k.sources.find((s) => s.hosts.some((h) => host === h || host.endsWith(`.${h}`)));
    if (byHost) return byHost;
  }
  // Markers are looked for in a bounded window: the end of a capture holds signature and boilerplate.
  const window = text.length > 20_000 ? text.slice(0, 10_000) + text.slice(-10_000) : text;
  return k.sources.find((s) => s.markers.some((m) => window.includes(m)));
}
