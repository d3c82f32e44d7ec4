import Handlebars from "handlebars";
import type { Release } from "@parlwire/schema";
import { formatReducedDate, localTime } from "../src/dates.js";
import { renderJsonLdScript } from "../src/jsonld.js";
import { capacityOf, countryName, indexRelease } from "../src/lookup.js";
import { contentSecurityPolicy, pageCss } from "../src/page-style.js";
import { officialPath } from "../src/paths.js";

// The benchmark's baseline: the same release page written as a Handlebars template with a view
// model, the way a general template engine is usually used. Output matches ours in structure.
const template = Handlebars.compile(
  `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{csp}}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · parlwire</title>
<meta name="description" content="{{description}}">
<style>{{{css}}}</style>
<link rel="alternate" type="application/atom+xml" title="parlwire (Atom)" href="../feeds/atom.xml">
<script type="application/ld+json">{{{jsonLd}}}</script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header"><a class="brand" href="../index.html">parlwire</a>
<nav aria-label="Site"><ul><li><a href="../index.html">Releases</a></li><li><a href="../officials/index.html">Officials</a></li><li><a href="../parliaments/index.html">Parliaments</a></li><li><a href="../feeds/atom.xml">Atom feed</a></li></ul></nav>
</header>
<main id="main">
<article lang="{{language}}">
<header>
{{#if category}}<p class="kicker"><bdi>{{category}}</bdi></p>{{/if}}
<h1><bdi>{{title}}</bdi></h1>
{{#if published}}<p class="meta"><time datetime="{{published.datetime}}">{{published.text}}</time></p>{{/if}}
</header>
{{#each meetings}}<section class="meeting" aria-label="The meeting"><h2>The meeting</h2><dl class="facts"><dt>Status</dt><dd>{{status}}</dd>{{#if date}}<dt>When</dt><dd><time datetime="{{date}}">{{dateText}}</time></dd>{{/if}}{{#if place}}<dt>Where</dt><dd><bdi>{{place}}</bdi>{{#if country}} <span class="role">({{country}})</span>{{/if}}</dd>{{/if}}<dt>Participants</dt><dd><ul class="people">{{#each people}}<li><a href="../{{href}}"><bdi>{{name}}</bdi></a>{{#if capacity}}, <span class="role"><bdi>{{capacity}}</bdi></span>{{/if}}</li>{{/each}}</ul></dd></dl></section>
{{/each}}<div class="body">{{#each body}}<p>{{this}}</p>
{{/each}}</div>
{{#if signature}}<p class="signature">{{#each signature}}{{#unless @first}}<br>{{/unless}}<bdi>{{this}}</bdi>{{/each}}</p>{{/if}}
{{#if boilerplate}}<aside class="boilerplate" aria-label="About the publisher"><p>{{boilerplate}}</p></aside>{{/if}}
</article>
</main>
<footer class="site-footer"><p>Rendered by parlwire from validated release data.</p></footer>
</body>
</html>
`,
  { strict: false },
);

/** The release page through Handlebars: a view model, then the template (which escapes `{{x}}`). */
export function renderWithHandlebars(release: Release): string {
  return template({ csp: contentSecurityPolicy, css: pageCss, ...releaseViewModel(release) });
}

/** What the release page template needs (the same for Handlebars, Eleventy and Hugo): every value worked out, only markup left to do. */
export function releaseViewModel(release: Release) {
  const index = indexRelease(release);
  return {
    jsonLd: renderJsonLdScript(release),
    title: release.title,
    description: release.body[0]?.slice(0, 200),
    language: release.language,
    category: release.category,
    published: release.published && {
      datetime: release.published.dateTime ?? release.published.date,
      text: `${formatReducedDate(release.published.date)}${release.published.dateTime ? `, ${localTime(release.published.dateTime)}` : ""}`,
    },
    meetings: release.meetings.map((m) => ({
      status: m.status,
      date: m.date,
      dateText: m.date && formatReducedDate(m.date),
      place: m.place?.name,
      country: m.place?.country && countryName(m.place.country),
      people: m.participants.map((p) => ({ href: officialPath(p.official), name: p.name, capacity: capacityOf(index.officials.get(p.official)) })),
    })),
    body: release.body,
    signature: release.publisher?.signature,
    boilerplate: release.boilerplate?.text,
  };
}
