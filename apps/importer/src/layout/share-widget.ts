/** Longest line read as a share widget; links make real ones long, prose is longer still. */
const maxWidgetLength = 400;

// The label: "Share", "Share this", "Share on", "Share via", with or without a colon.
const label = /^share(?: this| on| via)?( ?:)?/i;

// What a widget lists after its label: network names, their short forms, and links.
const networks = new Set([
  "facebook",
  "twitter",
  "x",
  "linkedin",
  "whatsapp",
  "telegram",
  "viber",
  "vk",
  "vkontakte",
  "ok",
  "odnoklassniki",
  "instagram",
  "youtube",
  "reddit",
  "pinterest",
  "tumblr",
  "messenger",
  "skype",
  "google+",
  "email",
  "e-mail",
  "mail",
  "print",
  "copy",
  "link",
  "fb",
  // "Share this article", "Share: Print page".
  "article",
  "page",
  "post",
  "story",
]);

function isWidgetItem(token: string): boolean {
  return networks.has(token.toLowerCase()) || /^https?:\/\/\S+$/i.test(token);
}

/**
 * Is this line the share widget (`Share:`, `Share on: Facebook | Twitter`), which carries no
 * content? A paragraph that merely starts with the word ("Share prices were discussed") is not.
 */
export function isShareWidget(line: string): boolean {
  if (line.length > maxWidgetLength) return false;
  const text = line.replace(/[\s\u00a0]+/g, " ").trim();
  const m = label.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  // "Shareholders", "Share-based": the label must end at a colon or a word boundary.
  if (m[1] === undefined && rest !== "" && !/^[ |,]/.test(rest)) return false;
  // Split on separators one character at a time: no quantifier can backtrack.
  const items = rest.split(/[ |,·•]/).filter((t) => t !== "");
  return items.every(isWidgetItem);
}
