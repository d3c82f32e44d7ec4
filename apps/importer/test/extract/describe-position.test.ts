import { describe, expect, it } from "vitest";
import { describePosition } from "../../src/extract/describe-position.js";
import { knowledge } from "../../src/knowledge/knowledge.js";

const k = knowledge();

describe("describePosition", () => {
  it.each([
    ["Chair of the Milli Majlis", { role: "head_of_parliament", country: "AZ", chamber: "single" }],
    ["Chair of the Kazakhstan Parliament’s Senate", { role: "head_of_parliament", country: "KZ", chamber: "upper" }],
    ["First Deputy Chair of the Milli Majlis", { role: "deputy_head_of_parliament", country: "AZ" }],
    ["chairman of the Law Policy and State-Building Committee", { role: "committee_chair" }],
    ["Extraordinary and Plenipotentiary Ambassador of the Hashemite Kingdom of Jordan in the Republic of Azerbaijan", { role: "ambassador", country: "JO" }],
    ["Azerbaijan’s Ambassador to the Republic of Poland", { role: "ambassador", country: "AZ" }],
    ["Secretary General of the IPU", { role: "secretary_general" }],
    ["Prime Minister of Pakistan", { role: "head_of_government", country: "PK" }],
    ["President of Kazakhstan", { role: "head_of_state", country: "KZ" }],
    ["MP", { role: "member_of_parliament" }],
    ["Deputy Speaker", { role: "other" }],
    ["OSCE Parliamentary Assembly President", { role: "head_of_parliament" }],
    ["Head of the Riigikogu friendship group", { role: "other", country: "EE" }],
    ["Head of the Secretariat of the Milli Majlis Committee on Agrarian Policy", { role: "other", country: "AZ" }],
    ["Head of the Protocol Service of the Sejm", { role: "other", country: "PL" }],
    ["Deputy of the Head of the Secretariat of the Milli Majlis", { role: "other", country: "AZ" }],
    ["First Deputy Chair of the Milli Majlis", { role: "deputy_head_of_parliament", country: "AZ" }],
    ["Deputy of the Milli Majlis", { role: "member_of_parliament", country: "AZ" }],
    ["Deputy of the Sejm’s Chief of Staff", { role: "other", country: "PL" }],
    // A body name several countries use, owned by the country written right before it.
    ["Chairman of Oman's Shura Council", { country: "OM" }],
    ["Speaker of the Omani Shura Council", { country: "OM" }],
    ["Speaker of the Shura Council", { country: "QA" }],
  ])("%j", (label, want) => {
    expect(describePosition(label, k)).toMatchObject(want);
  });

  it("gives an international assembly's officer no country, unless the label names another parliament", () => {
    expect(describePosition("Secretary General of the IPU", k).country).toBeUndefined();
    expect(describePosition("Plenipotentiary Representative of the Milli Mejlis of the Azerbaijan Republic to the IPA CIS", k).country).toBe("AZ");
  });
});
