import type { Official, Parliament, Release } from "@parlwire/schema";

// Deterministic synthetic releases for site tests and the benchmark: a pool of officials and
// parliaments meeting each other over the years, so official pages gather meetings across releases.

const firstNames = ["Sahiba", "Maulen", "Mustafa", "Valentina", "Ali", "Elena", "Jonas", "Amina", "Pedro", "Yuki", "Nadia", "Omar"];
const lastNames = ["Gafarova", "Ashimbayev", "Sentop", "Matvienko", "Asadov", "Kask", "Novak", "Haddad", "Silva", "Tanaka", "Berg", "Rahman"];
const countries = ["AZ", "KZ", "TR", "RU", "EE", "PL", "GR", "QA", "PK", "JO", "HR", "DE"];
const sentences = [
  "The sides discussed the development of inter-parliamentary relations.",
  "The importance of friendship groups between the parliaments was underlined.",
  "Other matters of mutual interest were also discussed at the meeting.",
  "The guest thanked the host for the warm welcome and hospitality.",
  "Both sides praised the dynamic progress of bilateral co-operation across all areas.",
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function parliamentOf(p: number): Parliament {
  const country = countries[p % countries.length] as string;
  return {
    id: `parliament:${country.toLowerCase()}-parliament-${p}`,
    name: `Parliament ${p} of ${country}`,
    country,
    structure: p % 2 ? "bicameral" : "unicameral",
    seats: { count: 100 + p },
    website: `https://parliament-${p}.example.org/`,
  };
}

function officialOf(o: number, parliaments: number): Official {
  const first = firstNames[o % firstNames.length] as string;
  const last = lastNames[Math.floor(o / firstNames.length) % lastNames.length] as string;
  const p = o % parliaments;
  return {
    id: `official:${first.toLowerCase()}-${last.toLowerCase()}-${o}`,
    name: `${first} ${last} ${o}`,
    honorific: o % 2 ? "Mr" : "Mrs",
    positions: [{ label: `Chair of Parliament ${p}`, role: "head_of_parliament", organization: { parliament: parliamentOf(p).id }, country: parliamentOf(p).country }],
    identifiers: [{ scheme: "wikidata", identifier: `Q${1000 + o}` }],
  };
}

export interface GenerateOptions {
  officials?: number;
  parliaments?: number;
  paragraphs?: number;
  seed?: number;
}

/** Release number `i` of a deterministic synthetic corpus; valid under the schema. */
export function generateRelease(i: number, options: GenerateOptions = {}): Release {
  const officials = options.officials ?? 500;
  const parliaments = options.parliaments ?? 20;
  const random = mulberry32((options.seed ?? 1) * 1_000_003 + i);
  const a = Math.floor(random() * officials);
  const b = (a + 1 + Math.floor(random() * (officials - 1))) % officials;
  const host = officialOf(a, parliaments);
  const guest = officialOf(b, parliaments);
  const hostParliament = parliamentOf(a % parliaments);
  const guestParliament = parliamentOf(b % parliaments);
  const year = 2015 + (i % 10);
  const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
  const day = String(1 + Math.floor(random() * 28)).padStart(2, "0");
  const hour = String(Math.floor(random() * 24)).padStart(2, "0");
  const minute = String(Math.floor(random() * 60)).padStart(2, "0");
  const date = `${year}-${month}-${day}`;
  const body = [`${host.positions?.[0]?.label} ${host.name} met ${guest.positions?.[0]?.label} ${guest.name} on ${Number(day)} ${month}.`];
  for (let p = 1; p < (options.paragraphs ?? 5); p++) body.push(`${sentences[(i + p) % sentences.length]} (${i}.${p})`);
  const parliamentsInRelease = hostParliament.id === guestParliament.id ? [hostParliament] : [hostParliament, guestParliament];
  return {
    id: `release:${date}-meeting-${i}`,
    language: "en",
    title: `${host.name} met ${guest.name} (${i})`,
    category: i % 3 ? "Chair`s Meetings" : "Chair`s Travels",
    published: { date, dateTime: `${date}T${hour}:${minute}:00+04:00`, timeZone: "Asia/Baku" },
    body,
    publisher: {
      signature: ["The Press and Public Relations Department", hostParliament.name],
      department: "The Press and Public Relations Department",
      parliament: hostParliament.id,
    },
    boilerplate: { text: `${hostParliament.name} is a parliament with ${hostParliament.seats?.count} members.`, parliament: hostParliament.id },
    meetings: [
      {
        id: `meeting:${date}-meeting-${i}-1`,
        status: "held",
        kind: i % 3 ? "bilateral_meeting" : "official_visit",
        format: "in_person",
        date,
        place: { name: `Capital of ${hostParliament.country}`, country: hostParliament.country },
        participants: [
          { official: host.id, name: host.name, side: "host" },
          { official: guest.id, name: guest.name, side: "guest" },
        ],
      },
    ],
    officials: [host, guest],
    parliaments: parliamentsInRelease,
    sources: [{ name: "synthetic", url: `https://parliament.example.org/news/${i}`, mediaType: "text/plain", sha256: "a".repeat(64) }],
  };
}
