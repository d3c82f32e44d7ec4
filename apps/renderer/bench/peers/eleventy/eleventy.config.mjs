// The bench's Eleventy site (bench/site-peers.ts): one page per release and the paginated
// newest-first index, from the view models the bench writes to _data/ (not part of the timing).
export default function (config) {
  config.setQuietMode(true);
}
export const config = { templateFormats: ["njk"], htmlTemplateEngine: "njk" };
