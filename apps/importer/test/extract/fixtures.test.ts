import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { validateRelease, type Release } from "@parlwire/schema";
import { describe, expect, it } from "vitest";
import { importRelease } from "../../src/index.js";
import { htmlToCapture } from "../../src/html/html-to-capture.js";
import { readAnswer } from "../../src/eval/run-eval.js";
import { releaseToAnswer } from "../../src/eval/release-to-answer.js";
import { emptyScores, scoreAnswer } from "../../src/eval/score.js";

const dir = fileURLToPath(new URL("../fixtures/extract/", import.meta.url));
// A capture `name.txt`, and for some an HTML page of the same release, `name.html` (site chrome,
// another markup), both scored against `name.expected.json`.
const cases = readdirSync(dir)
  .filter((f) => f.endsWith(".txt") || f.endsWith(".html"))
  .map((f) => (f.endsWith(".txt") ? f.replace(/\.txt$/, "") : f))
  .sort();

function load(name: string) {
  const html = name.endsWith(".html");
  const stem = html ? name.replace(/\.html$/, "") : name;
  const expected = readAnswer(`${dir}${stem}.expected.json`);
  const url = expected.source_url ?? undefined;
  if (html) {
    // As the CLI reads a page: the capture layout and hints from htmlToCapture, the URL it was taken from.
    const page = htmlToCapture(readFileSync(`${dir}${name}`, "utf8"));
    const result = importRelease({ text: page.text, hints: page.hints, mediaType: "text/html", ...(url ? { url } : {}) });
    return { expected, ...result };
  }
  const result = importRelease({ text: readFileSync(`${dir}${name}.txt`, "utf8"), ...(url ? { url } : {}) });
  return { expected, ...result };
}

describe.each(cases)("fixture %s", (name) => {
  const { expected, release, warnings } = load(name);

  it("imports to a valid Release", () => {
    const result = validateRelease(JSON.parse(JSON.stringify(release)));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("matches its expected answer on every scored field", () => {
    expect(scoreAnswer(emptyScores(), expected, releaseToAnswer(release))).toEqual([]);
  });

  it("warns exactly when the capture is cut off or undated", () => {
    const codes = warnings.map((w) => w.code);
    expect(codes.includes("truncated")).toBe(expected.complete_text === false);
    expect(codes.includes("no_date")).toBe(expected.published === null);
  });
});

const meetings = (name: string): Release["meetings"] => load(name).release.meetings;

describe("layout and meeting facts beyond the answer format", () => {
  it("a phone call is format phone, with no place", () => {
    expect(meetings("phone-call")[0]).toMatchObject({ format: "phone", status: "held" });
    expect(meetings("phone-call")[0]?.place).toBeUndefined();
  });

  it("an online meeting is format video", () => {
    expect(meetings("online-meeting")[0]).toMatchObject({ format: "video" });
  });

  it("an announced trip is status announced with a date range and its occasion", () => {
    expect(meetings("announced-trip")[0]).toMatchObject({
      status: "announced",
      date: "2022-05-10",
      endDate: "2022-05-12",
      place: { name: "Hungary", country: "HU" },
      occasion: "an official visit",
    });
  });

  it("several meetings in one release get their own ids and participants, the host in both", () => {
    const [first, second, third] = meetings("several-meetings");
    expect(third).toBeUndefined();
    expect(first?.participants.map((p) => p.name)).toEqual(["Sahiba Gafarova", "Ivan Horvat"]);
    expect(second?.participants.map((p) => p.name)).toEqual(["Sahiba Gafarova", "Nikolaos Papadopoulos"]);
    expect(first?.id).toMatch(/-1$/);
    expect(second?.id).toMatch(/-2$/);
    // "Later, … received …" without a date of its own: the same day as the meeting before.
    expect(second?.date).toBe("2023-12-05");
    expect(second?.dateEvidence).toBeUndefined();
  });

  it("people merely mentioned are officials at most, never participants", () => {
    const { release } = load("mentioned-only");
    const names = release.meetings.flatMap((m) => m.participants.map((p) => p.name));
    expect(names).not.toContain("Shehbaz Sharif");
    expect(names).not.toContain("Arif Alvi");
    expect(release.officials.map((o) => o.name)).toContain("Shehbaz Sharif");
  });

  it("a truncated capture is imported and flagged on the source", () => {
    const { release, warnings } = load("truncated");
    expect(release.sources[0]?.truncated).toBe(true);
    expect(warnings.map((w) => w.code)).toContain("truncated");
    expect(release.body.at(-1)).toMatch(/an impor$/);
  });

  it("a cut-off boilerplate is kept apart from the body and marked truncated", () => {
    const { release } = load("russian-date-line");
    expect(release.boilerplate).toMatchObject({ truncated: true, parliament: "parliament:az-milli-majlis" });
    expect(release.body.some((p) => p.includes("125 MPs"))).toBe(false);
  });

  it("a wire dateline gives the date and, without another place, the meeting's place", () => {
    const { release } = load("wire-dateline");
    expect(release.published).toMatchObject({ date: "2014-12-03" });
    expect(release.meetings[0]?.place?.name).toBe("Basel");
  });

  it("an undated release gets its id from the URL", () => {
    const { release } = load("no-date");
    expect(release.id).toBe("release:example-org-news-deputy-speaker-meets-rada");
    expect(release.published).toBeUndefined();
  });

  it("the Azerbaijani and Russian date lines keep Baku time", () => {
    expect(load("azerbaijani-date-line").release.published).toEqual({
      date: "2021-04-15",
      dateTime: "2021-04-15T21:25:00+04:00",
      timeZone: "Asia/Baku",
      asPrinted: "15 aprel 2021 | 21:25",
    });
    expect(load("russian-date-line").release.published?.asPrinted).toBe("15 апреля 2021 | 21:25");
  });
});

describe("event kinds and participant roles", () => {
  const roles = (name: string) => Object.fromEntries((meetings(name)[0]?.participants ?? []).map((p) => [p.name, p.role]));

  it.each([
    ["phone-call", "call", "held"],
    ["untitled-telephonic-contact", "call", "held"],
    ["plenary-speakers-list", "plenary_sitting", "held"],
    ["crawler-prefix-committee-meeting", "committee_meeting", "held"],
    ["ceremony-delegation-includes", "ceremony", "held"],
    ["clock-site-name-announced-trip", "assembly_session", "announced"],
    ["media-advisory-delegation-members", "interview", "announced"],
    ["statement-only-speaker", "interview", "held"],
    ["announced-visit-planned-meetings", "official_visit", "announced"],
    ["chrome-section-before-headline", "bilateral_meeting", "held"],
    ["inclusion-list-of-country", "bilateral_meeting", "held"],
    ["malay-plenary-honorifics", "plenary_sitting", "held"],
    ["dewan-rakyat-sitting-constituencies", "plenary_sitting", "held"],
    ["video-call-semicolon-list", "call", "held"],
    ["lok-sabha-smt-delegation-included", "delegation_received", "held"],
    ["dutch-provenance-announced-visit", "plenary_sitting", "announced"],
    ["pk-committee-chairmanship-mnas", "committee_meeting", "held"],
  ])("%s is a %s, %s", (name, kind, status) => {
    expect(meetings(name)[0]).toMatchObject({ kind, status });
  });

  it("a committee's chair chairs and its listed members attend", () => {
    expect(roles("crawler-prefix-committee-meeting")).toEqual({ "Kamran Haider": "chair", "Bilal Qureshi": "attendee", "Sana Javed": "attendee", "Syed Imran Shah": "attendee" });
  });

  it("a plenary's chair chairs", () => {
    expect(roles("plenary-speakers-list")["Ingrid Liepa"]).toBe("chair");
  });

  it("a delegation has its head and members", () => {
    expect(roles("ceremony-delegation-includes")).toMatchObject({ "Rauf Mammadli": "head_of_delegation", "Leyla Hasanova": "delegation_member" });
    expect(roles("media-advisory-delegation-members")).toMatchObject({ "Victor Ciobanu": "head_of_delegation", "Elena Rusu": "delegation_member" });
  });

  it("in an announced trip, the people to be met are planned, the travellers are not", () => {
    expect(roles("announced-visit-planned-meetings")).toEqual({ "Farid Karimov": "attendee", "Aysel Huseynova": "attendee", "Ion Rusu": "planned", "Elena Popescu": "planned" });
    expect(roles("announced-trip")).toMatchObject({ "Elman Nasirov": "delegation_member", "Samad Seyidov": "delegation_member" });
  });

  it("'led by' and 'chaired by' give the role of the name they introduce, not of a name after a later verb", () => {
    expect(roles("committee-chaired-by-members-took-part")).toMatchObject({ "Liina Saar": "chair", "Radu Ionescu-Pop": "head_of_delegation", "Tõnis Kask": "attendee" });
    expect(roles("lok-sabha-smt-delegation-included")).toMatchObject({ "Devi Thapa Magar": "head_of_delegation", "Raghav Menon": "speaker", "Sita Gurung": "delegation_member" });
  });

  it("a person named later by a shorter form keeps the full name as a participant", () => {
    const names = meetings("lok-sabha-smt-delegation-included").flatMap((m) => m.participants.map((p) => p.name));
    expect(names).toContain("Devi Thapa Magar");
    expect(names).not.toContain("Thapa Magar");
  });

  it("a video call has no place of its own and keeps its attendees listed after a colon", () => {
    expect(meetings("video-call-semicolon-list")[0]).toMatchObject({ format: "video", date: "2024-03-06" });
    expect(roles("video-call-semicolon-list")).toMatchObject({ "Chanda Mwale": "attendee", "Josaia Vakaloloma": "attendee" });
  });

  it("'her Estonian counterpart' takes the post of the one official with a parliament's post in the sentence, and no guess otherwise", () => {
    const position = (text: string, name: string) => {
      const { release } = importRelease({ text });
      return release.officials.find((o) => o.name === name)?.positions?.[0];
    };
    const one = "Speakers meet\n\nSpeaker of the Saeima Anna Berzina met with her Estonian counterpart Mari Tamm in Riga.";
    expect(position(one, "Mari Tamm")).toMatchObject({ label: "Speaker of the Estonian parliament", country: "EE" });
    // Two officials of parliaments in the sentence: whose counterpart is unsettled, the words stay.
    const two = "Speakers meet\n\nSpeaker of the Saeima Anna Berzina and Chair of the Seimas Ona Vaitkute met with their Estonian counterpart Mari Tamm in Riga.";
    expect(position(two, "Mari Tamm")?.label).toBe("Estonian counterpart");
  });

  it("who only speaks in a statement is a speaker", () => {
    expect(roles("statement-only-speaker")).toEqual({ "Giorgi Beridze": "speaker" });
  });

  it("a release without a headline says its title is derived from the first sentence", () => {
    expect(load("untitled-telephonic-contact").release).toMatchObject({ titleDerived: true, title: expect.stringMatching(/^Speaker National Assembly Hamid Raza/) });
    expect(load("plenary-speakers-list").release.titleDerived).toBeUndefined();
  });

  it("a printed time with no known zone is kept as a local date-time", () => {
    expect(load("statement-only-speaker").release.published).toMatchObject({ date: "2022-06-14", localDateTime: "2022-06-14T10:40" });
  });
});
