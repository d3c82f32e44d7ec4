// Where each page lives in the static site. Ids are `kind:lowercase-words`, so the part after the
// colon is already a safe, lowercase file name on every file system, except for the names below.

// `index` is each folder's listing page; the rest are device names Windows will not create as files.
const reservedNames = new Set(["index", "con", "prn", "aux", "nul", ...[1, 2, 3, 4, 5, 6, 7, 8, 9].flatMap((n) => [`com${n}`, `lpt${n}`])]);

/**
 * The file name of an id: `release:2021-04-15-x` → `2021-04-15-x`. A reserved name gets a `_`
 * suffix (`official:index` → `index_`); ids never contain `_`, so this can't collide with another id.
 */
export function slugOf(id: string): string {
  const slug = id.slice(id.indexOf(":") + 1);
  return reservedNames.has(slug) ? `${slug}_` : slug;
}

/** Site-relative path of a release page. */
export function releasePath(id: string): string {
  return `releases/${slugOf(id)}.html`;
}

/** Site-relative path of an official's page; pages after the first (meetings, 100 a page) are `officials/<slug>/N.html`. */
export function officialPath(id: string, page = 1): string {
  return page === 1 ? `officials/${slugOf(id)}.html` : `officials/${slugOf(id)}/${page}.html`;
}

/** Site-relative path of a parliament's page. */
export function parliamentPath(id: string): string {
  return `parliaments/${slugOf(id)}.html`;
}

/** Site-relative path of index page `n` (1-based): `index.html`, `pages/2.html`, ... */
export function indexPath(n: number): string {
  return n === 1 ? "index.html" : `pages/${n}.html`;
}

/**
 * The prefix that leads from a page back to the site root, so that every link is relative and
 * works from file:// and from any sub-path: `""` at the root, `"../"` one folder down.
 */
export function rootPrefix(path: string): string {
  return "../".repeat(path.split("/").length - 1);
}
