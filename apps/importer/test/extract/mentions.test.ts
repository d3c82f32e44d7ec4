import { describe, expect, it } from "vitest";
import { knowledge } from "../../src/knowledge/knowledge.js";
import { findMentions } from "../../src/extract/mentions.js";
import { tokenize } from "../../src/extract/tokens.js";

const k = knowledge();
const mentions = (text: string) =>
  findMentions(text, tokenize(text), k).map((m) => ({ kind: m.kind, name: m.name, positions: m.positions.map((p) => p.label), honorific: m.honorific }));

describe("findMentions", () => {
  it("splits a title from the name after it, skipping organisation words", () => {
    expect(mentions("Chair of the Kazakhstan Parliament’s Senate Maulen Ashimbayev spoke.")).toEqual([
      { kind: "title", name: "Maulen Ashimbayev", positions: ["Chair of the Kazakhstan Parliament’s Senate"], honorific: undefined },
    ]);
  });

  it("takes a short run after a body's or a post's 'on'/'for' for its field, not a person", () => {
    const names = (text: string) => mentions(text).map((m) => m.name);
    expect(names("She addressed the Sub-Committee on Public Health, chaired by Ana Reyes, and left.")).not.toContain("Public Health");
    expect(names("He was joined by the Principal Secretary for Rural Roads, Mr. Tom Odhiambo, at the hearing.")).not.toContain("Rural Roads");
    expect(names("He was joined by the Principal Secretary for Rural Roads, Mr. Tom Odhiambo, at the hearing.")).toContain("Tom Odhiambo");
    // A name after 'for' without a body or a post before it is still a name.
    expect(names("The Speaker voted for Ana Reyes, the candidate.")).toContain("Ana Reyes");
  });

  it("reads whips and majority or minority leaders as titles, never as names", () => {
    expect(mentions("The delegation included Minority Whip Ama Boateng and the Chief Whip, Hon. Yaw Sarpong.").map((m) => [m.name, m.positions])).toEqual([
      ["Ama Boateng", ["Minority Whip"]],
      ["Yaw Sarpong", ["Chief Whip"]],
    ]);
    expect(mentions("It was led by Majority Leader Kwesi Mensah.")[0]).toMatchObject({ name: "Kwesi Mensah", positions: ["Majority Leader"] });
  });

  it("keeps a post set off after a titled or listed name without 'the', and not the next person of a list", () => {
    expect(mentions("It was attended by MP Hamad Al-Rashidi, Rapporteur of the Budget Committee, and others.")[0]).toMatchObject({
      name: "Hamad Al-Rashidi",
      positions: ["MP", "Rapporteur of the Budget Committee"],
    });
    expect(mentions("It included Hon. Ama Boateng and Hon. Esi Nyarko, Chair of the Committee on Gender Equality and Child Affairs.").map((m) => [m.name, m.positions])).toEqual([
      ["Ama Boateng", []],
      ["Esi Nyarko", ["Chair of the Committee on Gender Equality and Child Affairs"]],
    ]);
    // A title followed by a name is the next person, not a post.
    expect(mentions("Present were Speaker Anna Berg, Deputy Speaker Lars Holm and others.").map((m) => [m.name, m.positions])).toEqual([
      ["Anna Berg", ["Speaker"]],
      ["Lars Holm", ["Deputy Speaker"]],
    ]);
  });

  it("gives a delegation's members its country when the sentence says 'the delegation was led by …, and included …'", () => {
    const led = (text: string) => findMentions(text, tokenize(text), k).map((m) => [m.name, m.ledBody]);
    expect(led("The Zambian delegation was led by the Majority Leader, Hon. Mwila Banda, and included the Chief Whip, Hon. Chola Tembo.")).toEqual([
      ["Mwila Banda", "Zambian"],
      ["Chola Tembo", "Zambian"],
    ]);
  });

  it("reads a lowercase post in apposition only with its complement, and a delegation 'headed by HE Senator X'", () => {
    expect(mentions("Speaker Anna Berg, member of the Bureau, and Lars Holm, a lawyer, met.")[0]).toMatchObject({ name: "Anna Berg", positions: ["Speaker", "member of the Bureau"] });
    const led = (text: string) => findMentions(text, tokenize(text), k).map((m) => [m.name, m.ledBody]);
    expect(led("She met a delegation of the Senate of the Republic of Chile headed by HE Senator Rodrigo Vera, who is visiting.")).toEqual([["Rodrigo Vera", "Senate of the Republic of Chile"]]);
  });

  it("reads Malay forms of address with an apostrophe or in two words, and leaves 'Yang' a name elsewhere", () => {
    expect(mentions("Speaker Dato' Sri Lau Weng Keat received it.")[0]).toMatchObject({ name: "Lau Weng Keat", positions: ["Speaker"] });
    expect(mentions("It was led by its Deputy Speaker, Yang Berhormat Nurul Izzah Hassan, at the hall.")[0]).toMatchObject({ name: "Nurul Izzah Hassan", positions: ["Deputy Speaker"] });
    expect(mentions("He met the Minister, Yang Wei Ming, in Beijing.")[0]).toMatchObject({ name: "Yang Wei Ming", positions: ["Minister"] });
  });

  it("takes capitalised words naming a body for the post, not the person", () => {
    expect(mentions("He met the Chairman of the Halk Maslahaty of Turkmenistan Gurbanmyrat Atayev.")[0]).toMatchObject({ name: "Gurbanmyrat Atayev", positions: ["Chairman of the Halk Maslahaty of Turkmenistan"] });
    // A person named "X of <country>" after a title is still the person.
    expect(mentions("Ambassador Ma Zhaoxu of China spoke.")[0]).toMatchObject({ name: "Ma Zhaoxu" });
    expect(mentions("The Committee was briefed by the Secretary, Ministry of Overseas Workers and Human Resource Development, Mr. Kamal Afzal, on migration.").map((m) => [m.name, m.positions])).toEqual([
      ["Kamal Afzal", ["Secretary, Ministry of Overseas Workers and Human Resource Development"]],
    ]);
  });

  it("reads a delegation written with a capital ('a Parliamentary Delegation from Fiji led by …')", () => {
    const led = (text: string) => findMentions(text, tokenize(text), k).map((m) => [m.name, m.ledBody]);
    expect(led("He met a Parliamentary Delegation from Fiji led by the Speaker of the Parliament, Hon. Josefa Nailatikau, today.")).toEqual([["Josefa Nailatikau", "Fiji"]]);
  });

  it("keeps modifiers and splits compound positions at a comma before a title", () => {
    expect(mentions("First Deputy Chair of the Assembly, chairman of the Law Policy Committee Ali Veli met him.")[0]).toMatchObject({
      name: "Ali Veli",
      positions: ["First Deputy Chair of the Assembly", "chairman of the Law Policy Committee"],
    });
  });

  it("shares a plural title with every listed name, in the singular", () => {
    expect(mentions("It greeted the MPs Ayla Demir, Bora Kaya and Cem Uslu.").map((m) => [m.name, m.positions])).toEqual([
      ["Ayla Demir", ["MP"]],
      ["Bora Kaya", ["MP"]],
      ["Cem Uslu", ["MP"]],
    ]);
  });

  it("reads honorifics, H. E. included, and positions written after the name", () => {
    expect(mentions("H. E. Mr. Martin Chungong, the Secretary General of the IPU, arrived.")).toEqual([
      { kind: "honorific", name: "Martin Chungong", positions: ["Secretary General of the IPU"], honorific: "H. E. Mr." },
    ]);
  });

  it("reads a surname after an honorific as a surname mention", () => {
    expect(mentions("Mrs Gafarova said so.")).toEqual([{ kind: "surname", name: "Gafarova", positions: [], honorific: "Mrs" }]);
  });

  it("does not make a person of a title without a name", () => {
    expect(mentions("Head of the Protocol Service of the Sejm of the Republic of Poland was with the welcoming party.")).toEqual([]);
    expect(mentions("Madame Chair remarked that the conflict was history.")).toEqual([]);
  });

  it("does not take organisation or event names for people", () => {
    expect(mentions("the Second General Conference of the Economic Co-Operation Organisation and the 44-day Patriotic War")).toEqual([]);
  });

  it("keeps name particles inside a name", () => {
    expect(mentions("Speaker of the Shura Council Ahmed bin Abdullah Al Mahmoud received him.")[0]?.name).toBe("Ahmed bin Abdullah Al Mahmoud");
  });

  it("completes a position that points back at the person named before it", () => {
    const deputy = mentions("Secretary General of the Council Ann Berg and his deputy, Envoy to the IPU Bo Lind attended.");
    expect(deputy[1]).toMatchObject({ name: "Bo Lind", positions: ["Deputy of the Secretary General of the Council", "Envoy to the IPU"] });
    // Only the person named right before: here nobody is, so the deputy's post stays as written.
    const far = mentions("Speaker of the Sejm Ewa Lis spoke. The talks went on and his deputy Bo Lind attended.");
    expect(far[1]).toMatchObject({ name: "Bo Lind", positions: ["deputy"] });
    const member = mentions("It was attended by head of the Azerbaijan-Latvia working group Ali Veli and group member Cem Uslu.");
    expect(member[1]).toMatchObject({ name: "Cem Uslu", positions: ["Member of the Azerbaijan-Latvia working group"] });
  });
});
