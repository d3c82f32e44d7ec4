// Where each page lives in the static site. Ids are `kind:lowercase-words`, so the part after the
// colon is already a safe, lowercase file name on every file system.

/** The slug of an id: `release:2021-04-15-x` → `2021-04-15-x`. */
export function slugOf(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}

/** Site-relative path of a release page. */
export function releasePath(id: string): string {
  return `releases/${slugOf(id)}.html`;
}

/** Site-relative path of an official's page. */
export function officialPath(id: string): string {
  return `officials/${slugOf(id)}.html`;
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
