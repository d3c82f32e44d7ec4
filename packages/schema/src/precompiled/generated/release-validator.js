// Generated from schemas/release.schema.json by ajv 8.20.0 standalone code — do not edit.
// Regenerate: npm run generate -w @parlwire/schema
/* eslint-disable */
export const validate = validate20;
export default validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://parlwire.dev/schema/v1/release.schema.json","type":"object","properties":{"$schema":{"type":"string","pattern":"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$","maxLength":2048},"id":{"type":"string","pattern":"^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"language":{"type":"string","pattern":"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$","maxLength":35},"title":{"type":"string","minLength":1,"maxLength":1000},"titleDerived":{"type":"boolean","const":true},"category":{"type":"string","minLength":1,"maxLength":200},"published":{"$ref":"#/$defs/Published"},"body":{"minItems":1,"maxItems":2000,"type":"array","items":{"type":"string","minLength":1,"maxLength":20000}},"publisher":{"$ref":"#/$defs/Publisher"},"boilerplate":{"$ref":"#/$defs/Boilerplate"},"meetings":{"maxItems":100,"type":"array","items":{"$ref":"#/$defs/Meeting"}},"officials":{"maxItems":1000,"type":"array","items":{"$ref":"#/$defs/Official"}},"parliaments":{"maxItems":100,"type":"array","items":{"$ref":"#/$defs/Parliament"}},"topics":{"maxItems":50,"type":"array","items":{"type":"string","minLength":1,"maxLength":200}},"sources":{"minItems":1,"maxItems":20,"type":"array","items":{"$ref":"#/$defs/Source"}},"version":{"type":"integer","minimum":1,"maximum":1000000},"modified":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$","maxLength":35},"status":{"type":"string","enum":["published","corrected","withdrawn"]},"translations":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Translation"}}},"required":["id","language","title","body","meetings","officials","parliaments","sources"],"additionalProperties":false,"$defs":{"Boilerplate":{"type":"object","properties":{"text":{"type":"string","minLength":1,"maxLength":5000},"parliament":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"truncated":{"type":"boolean"}},"required":["text"],"additionalProperties":false},"Chamber":{"type":"object","properties":{"kind":{"type":"string","enum":["single","upper","lower"]},"name":{"type":"string","minLength":1,"maxLength":300},"seats":{"type":"integer","minimum":1,"maximum":10000}},"required":["kind"],"additionalProperties":false},"Evidence":{"type":"object","properties":{"paragraph":{"type":"integer","minimum":0,"maximum":10000000},"start":{"type":"integer","minimum":0,"maximum":10000000},"end":{"type":"integer","minimum":0,"maximum":10000000}},"required":["paragraph","start","end"],"additionalProperties":false},"Identifier":{"type":"object","properties":{"scheme":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,39}(?!\\n)$","maxLength":40},"identifier":{"type":"string","minLength":1,"maxLength":200}},"required":["scheme","identifier"],"additionalProperties":false},"Meeting":{"type":"object","properties":{"id":{"type":"string","pattern":"^meeting:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"status":{"type":"string","enum":["held","announced","cancelled"]},"kind":{"type":"string","enum":["bilateral_meeting","delegation_received","official_visit","plenary_sitting","committee_meeting","assembly_session","call","interview","ceremony","other"]},"format":{"type":"string","enum":["in_person","phone","video"]},"date":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"endDate":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"place":{"$ref":"#/$defs/Place"},"occasion":{"type":"string","minLength":1,"maxLength":500},"participants":{"minItems":1,"maxItems":1000,"type":"array","items":{"$ref":"#/$defs/Participant"}},"topics":{"maxItems":50,"type":"array","items":{"type":"string","minLength":1,"maxLength":200}},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}},"dateEvidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["id","status","participants"],"additionalProperties":false},"Official":{"type":"object","properties":{"id":{"type":"string","pattern":"^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"name":{"type":"string","minLength":1,"maxLength":300},"otherNames":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/OtherName"}},"honorific":{"type":"string","minLength":1,"maxLength":50},"positions":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Position"}},"identifiers":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Identifier"}}},"required":["id","name"],"additionalProperties":false},"Organization":{"anyOf":[{"type":"object","properties":{"parliament":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200}},"required":["parliament"],"additionalProperties":false},{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":300},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2}},"required":["name"],"additionalProperties":false}]},"OtherName":{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":300},"language":{"type":"string","pattern":"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$","maxLength":35},"note":{"type":"string","minLength":1,"maxLength":200}},"required":["name"],"additionalProperties":false},"Parliament":{"type":"object","properties":{"id":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"name":{"type":"string","minLength":1,"maxLength":300},"otherNames":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/OtherName"}},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2},"structure":{"type":"string","enum":["unicameral","bicameral"]},"chambers":{"minItems":1,"maxItems":3,"type":"array","items":{"$ref":"#/$defs/Chamber"}},"seats":{"$ref":"#/$defs/Seats"},"electoralSystem":{"type":"string","enum":["majoritarian","proportional","mixed","indirect","appointed","other"]},"termYears":{"type":"integer","minimum":1,"maximum":10},"website":{"type":"string","pattern":"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$","maxLength":2048},"identifiers":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Identifier"}}},"required":["id","name"],"additionalProperties":false},"Participant":{"type":"object","properties":{"official":{"type":"string","pattern":"^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"name":{"type":"string","minLength":1,"maxLength":300},"side":{"type":"string","enum":["host","guest"]},"role":{"type":"string","enum":["chair","speaker","head_of_delegation","delegation_member","host","guest","attendee","planned"]},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["official","name"],"additionalProperties":false},"Place":{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":300},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["name"],"additionalProperties":false},"Position":{"type":"object","properties":{"label":{"type":"string","minLength":1,"maxLength":500},"role":{"type":"string","enum":["head_of_parliament","deputy_head_of_parliament","member_of_parliament","committee_chair","head_of_state","head_of_government","minister","ambassador","secretary_general","head_of_delegation","other"]},"organization":{"$ref":"#/$defs/Organization"},"chamber":{"type":"string","enum":["single","upper","lower"]},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2},"start":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"end":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["label","role"],"additionalProperties":false},"Published":{"type":"object","properties":{"date":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(?!\\n)$","maxLength":10},"dateTime":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$","maxLength":35},"localDateTime":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?!\\n)$","maxLength":19},"timeZone":{"type":"string","pattern":"^(?:UTC|[A-Z][A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+){1,2})(?!\\n)$","maxLength":64},"asPrinted":{"type":"string","minLength":1,"maxLength":200}},"required":["date"],"additionalProperties":false},"Publisher":{"type":"object","properties":{"signature":{"minItems":1,"maxItems":10,"type":"array","items":{"type":"string","minLength":1,"maxLength":300}},"department":{"type":"string","minLength":1,"maxLength":500},"parliament":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200}},"additionalProperties":false},"Seats":{"type":"object","properties":{"count":{"type":"integer","minimum":1,"maximum":10000},"asOf":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10}},"required":["count"],"additionalProperties":false},"Source":{"type":"object","properties":{"url":{"type":"string","pattern":"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$","maxLength":2048},"name":{"type":"string","minLength":1,"maxLength":200},"capturedAt":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$","maxLength":35},"mediaType":{"type":"string","pattern":"^[a-z]+\\/[a-z0-9.+-]+(?!\\n)$","maxLength":100},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}(?!\\n)$","maxLength":64},"truncated":{"type":"boolean"}},"required":["mediaType","sha256"],"additionalProperties":false},"Translation":{"type":"object","properties":{"language":{"type":"string","pattern":"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$","maxLength":35},"id":{"type":"string","pattern":"^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"url":{"type":"string","pattern":"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$","maxLength":2048},"title":{"type":"string","minLength":1,"maxLength":1000}},"required":["language"],"additionalProperties":false}}};
const schema32 = {"type":"object","properties":{"date":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(?!\\n)$","maxLength":10},"dateTime":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$","maxLength":35},"localDateTime":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?!\\n)$","maxLength":19},"timeZone":{"type":"string","pattern":"^(?:UTC|[A-Z][A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+){1,2})(?!\\n)$","maxLength":64},"asPrinted":{"type":"string","minLength":1,"maxLength":200}},"required":["date"],"additionalProperties":false};
const schema33 = {"type":"object","properties":{"signature":{"minItems":1,"maxItems":10,"type":"array","items":{"type":"string","minLength":1,"maxLength":300}},"department":{"type":"string","minLength":1,"maxLength":500},"parliament":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200}},"additionalProperties":false};
const schema34 = {"type":"object","properties":{"text":{"type":"string","minLength":1,"maxLength":5000},"parliament":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"truncated":{"type":"boolean"}},"required":["text"],"additionalProperties":false};
const schema53 = {"type":"object","properties":{"url":{"type":"string","pattern":"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$","maxLength":2048},"name":{"type":"string","minLength":1,"maxLength":200},"capturedAt":{"type":"string","pattern":"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$","maxLength":35},"mediaType":{"type":"string","pattern":"^[a-z]+\\/[a-z0-9.+-]+(?!\\n)$","maxLength":100},"sha256":{"type":"string","pattern":"^[0-9a-f]{64}(?!\\n)$","maxLength":64},"truncated":{"type":"boolean"}},"required":["mediaType","sha256"],"additionalProperties":false};
const schema54 = {"type":"object","properties":{"language":{"type":"string","pattern":"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$","maxLength":35},"id":{"type":"string","pattern":"^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"url":{"type":"string","pattern":"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$","maxLength":2048},"title":{"type":"string","minLength":1,"maxLength":1000}},"required":["language"],"additionalProperties":false};
const func1 = Object.prototype.hasOwnProperty;
function func2(s) {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}
const pattern4 = new RegExp("^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$", "");
const pattern5 = new RegExp("^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$", "");
const pattern6 = new RegExp("^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$", "");
const pattern7 = new RegExp("^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(?!\\n)$", "");
const pattern8 = new RegExp("^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$", "");
const pattern9 = new RegExp("^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?!\\n)$", "");
const pattern10 = new RegExp("^(?:UTC|[A-Z][A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+){1,2})(?!\\n)$", "");
const pattern11 = new RegExp("^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$", "");
const pattern34 = new RegExp("^[a-z]+\\/[a-z0-9.+-]+(?!\\n)$", "");
const pattern35 = new RegExp("^[0-9a-f]{64}(?!\\n)$", "");
const schema35 = {"type":"object","properties":{"id":{"type":"string","pattern":"^meeting:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"status":{"type":"string","enum":["held","announced","cancelled"]},"kind":{"type":"string","enum":["bilateral_meeting","delegation_received","official_visit","plenary_sitting","committee_meeting","assembly_session","call","interview","ceremony","other"]},"format":{"type":"string","enum":["in_person","phone","video"]},"date":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"endDate":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"place":{"$ref":"#/$defs/Place"},"occasion":{"type":"string","minLength":1,"maxLength":500},"participants":{"minItems":1,"maxItems":1000,"type":"array","items":{"$ref":"#/$defs/Participant"}},"topics":{"maxItems":50,"type":"array","items":{"type":"string","minLength":1,"maxLength":200}},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}},"dateEvidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["id","status","participants"],"additionalProperties":false};
const schema37 = {"type":"object","properties":{"paragraph":{"type":"integer","minimum":0,"maximum":10000000},"start":{"type":"integer","minimum":0,"maximum":10000000},"end":{"type":"integer","minimum":0,"maximum":10000000}},"required":["paragraph","start","end"],"additionalProperties":false};
const pattern13 = new RegExp("^meeting:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$", "");
const pattern14 = new RegExp("^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$", "");
const schema36 = {"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":300},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["name"],"additionalProperties":false};
const pattern16 = new RegExp("^[A-Z]{2}(?!\\n)$", "");

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.name === undefined) && (missing0 = "name")){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "country")) || (key0 === "evidence"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.name !== undefined){
let data0 = data.name;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 300 && (data0.length > 600 || func2(data0) > 300))){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data0.length < 1 || (data0.length < 2 && func2(data0) < 1))){
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data1 = data.country;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if((data1.length > 2 && (data1.length > 4 || func2(data1) > 2))){
validate22.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"}];
return false;
}
else {
if(!pattern16.test(data1)){
validate22.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}(?!\\n)$"},message:"must match pattern \""+"^[A-Z]{2}(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data2 = data.evidence;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 50){
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((((data3.paragraph === undefined) && (missing1 = "paragraph")) || ((data3.start === undefined) && (missing1 = "start"))) || ((data3.end === undefined) && (missing1 = "end"))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data3){
if(!(((key1 === "paragraph") || (key1 === "start")) || (key1 === "end"))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data3.paragraph !== undefined){
let data4 = data3.paragraph;
const _errs12 = errors;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs12){
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 10000000 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data4 < 0 || isNaN(data4)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.start !== undefined){
let data5 = data3.start;
const _errs14 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs14){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 10000000 || isNaN(data5)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data5 < 0 || isNaN(data5)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.end !== undefined){
let data6 = data3.end;
const _errs16 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000000 || isNaN(data6)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = {"type":"object","properties":{"official":{"type":"string","pattern":"^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"name":{"type":"string","minLength":1,"maxLength":300},"side":{"type":"string","enum":["host","guest"]},"role":{"type":"string","enum":["chair","speaker","head_of_delegation","delegation_member","host","guest","attendee","planned"]},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["official","name"],"additionalProperties":false};
const pattern17 = new RegExp("^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$", "");

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.official === undefined) && (missing0 = "official")) || ((data.name === undefined) && (missing0 = "name"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(((((key0 === "official") || (key0 === "name")) || (key0 === "side")) || (key0 === "role")) || (key0 === "evidence"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.official !== undefined){
let data0 = data.official;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 200 && (data0.length > 400 || func2(data0) > 200))){
validate24.errors = [{instancePath:instancePath+"/official",schemaPath:"#/properties/official/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern17.test(data0)){
validate24.errors = [{instancePath:instancePath+"/official",schemaPath:"#/properties/official/pattern",keyword:"pattern",params:{pattern: "^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/official",schemaPath:"#/properties/official/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if((data1.length > 300 && (data1.length > 600 || func2(data1) > 300))){
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data1.length < 1 || (data1.length < 2 && func2(data1) < 1))){
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.side !== undefined){
let data2 = data.side;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate24.errors = [{instancePath:instancePath+"/side",schemaPath:"#/properties/side/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data2 === "host") || (data2 === "guest"))){
validate24.errors = [{instancePath:instancePath+"/side",schemaPath:"#/properties/side/enum",keyword:"enum",params:{allowedValues: schema38.properties.side.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data3 = data.role;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate24.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data3 === "chair") || (data3 === "speaker")) || (data3 === "head_of_delegation")) || (data3 === "delegation_member")) || (data3 === "host")) || (data3 === "guest")) || (data3 === "attendee")) || (data3 === "planned"))){
validate24.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema38.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data4 = data.evidence;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data4)){
if(data4.length > 50){
validate24.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
let missing1;
if((((data5.paragraph === undefined) && (missing1 = "paragraph")) || ((data5.start === undefined) && (missing1 = "start"))) || ((data5.end === undefined) && (missing1 = "end"))){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key1 in data5){
if(!(((key1 === "paragraph") || (key1 === "start")) || (key1 === "end"))){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data5.paragraph !== undefined){
let data6 = data5.paragraph;
const _errs16 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs16){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 10000000 || isNaN(data6)){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data6 < 0 || isNaN(data6)){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.start !== undefined){
let data7 = data5.start;
const _errs18 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs18){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 10000000 || isNaN(data7)){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data7 < 0 || isNaN(data7)){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs18 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data5.end !== undefined){
let data8 = data5.end;
const _errs20 = errors;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs20){
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 10000000 || isNaN(data8)){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data8 < 0 || isNaN(data8)){
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid3 = _errs20 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.id === undefined) && (missing0 = "id")) || ((data.status === undefined) && (missing0 = "status"))) || ((data.participants === undefined) && (missing0 = "participants"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema35.properties, key0))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 200 && (data0.length > 400 || func2(data0) > 200))){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern13.test(data0)){
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^meeting:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^meeting:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data1 = data.status;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate21.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data1 === "held") || (data1 === "announced")) || (data1 === "cancelled"))){
validate21.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema35.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.kind !== undefined){
let data2 = data.kind;
const _errs6 = errors;
if(typeof data2 !== "string"){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((data2 === "bilateral_meeting") || (data2 === "delegation_received")) || (data2 === "official_visit")) || (data2 === "plenary_sitting")) || (data2 === "committee_meeting")) || (data2 === "assembly_session")) || (data2 === "call")) || (data2 === "interview")) || (data2 === "ceremony")) || (data2 === "other"))){
validate21.errors = [{instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema35.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.format !== undefined){
let data3 = data.format;
const _errs8 = errors;
if(typeof data3 !== "string"){
validate21.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data3 === "in_person") || (data3 === "phone")) || (data3 === "video"))){
validate21.errors = [{instancePath:instancePath+"/format",schemaPath:"#/properties/format/enum",keyword:"enum",params:{allowedValues: schema35.properties.format.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.date !== undefined){
let data4 = data.date;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data4 === "string"){
if((data4.length > 10 && (data4.length > 20 || func2(data4) > 10))){
validate21.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(!pattern14.test(data4)){
validate21.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/date",schemaPath:"#/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.endDate !== undefined){
let data5 = data.endDate;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if((data5.length > 10 && (data5.length > 20 || func2(data5) > 10))){
validate21.errors = [{instancePath:instancePath+"/endDate",schemaPath:"#/properties/endDate/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(!pattern14.test(data5)){
validate21.errors = [{instancePath:instancePath+"/endDate",schemaPath:"#/properties/endDate/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/endDate",schemaPath:"#/properties/endDate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.place !== undefined){
const _errs14 = errors;
if(!(validate22(data.place, {instancePath:instancePath+"/place",parentData:data,parentDataProperty:"place",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.occasion !== undefined){
let data7 = data.occasion;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data7 === "string"){
if((data7.length > 500 && (data7.length > 1000 || func2(data7) > 500))){
validate21.errors = [{instancePath:instancePath+"/occasion",schemaPath:"#/properties/occasion/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if((data7.length < 1 || (data7.length < 2 && func2(data7) < 1))){
validate21.errors = [{instancePath:instancePath+"/occasion",schemaPath:"#/properties/occasion/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/occasion",schemaPath:"#/properties/occasion/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.participants !== undefined){
let data8 = data.participants;
const _errs17 = errors;
if(errors === _errs17){
if(Array.isArray(data8)){
if(data8.length > 1000){
validate21.errors = [{instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
if(data8.length < 1){
validate21.errors = [{instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs19 = errors;
if(!(validate24(data8[i0], {instancePath:instancePath+"/participants/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid1 = _errs19 === errors;
if(!valid1){
break;
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/participants",schemaPath:"#/properties/participants/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.topics !== undefined){
let data10 = data.topics;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data10)){
if(data10.length > 50){
validate21.errors = [{instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid2 = true;
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
const _errs22 = errors;
if(errors === _errs22){
if(typeof data11 === "string"){
if((data11.length > 200 && (data11.length > 400 || func2(data11) > 200))){
validate21.errors = [{instancePath:instancePath+"/topics/" + i1,schemaPath:"#/properties/topics/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data11.length < 1 || (data11.length < 2 && func2(data11) < 1))){
validate21.errors = [{instancePath:instancePath+"/topics/" + i1,schemaPath:"#/properties/topics/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/topics/" + i1,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs22 === errors;
if(!valid2){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data12 = data.evidence;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data12)){
if(data12.length > 50){
validate21.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid3 = true;
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
const _errs26 = errors;
const _errs27 = errors;
if(errors === _errs27){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
let missing1;
if((((data13.paragraph === undefined) && (missing1 = "paragraph")) || ((data13.start === undefined) && (missing1 = "start"))) || ((data13.end === undefined) && (missing1 = "end"))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2,schemaPath:"#/$defs/Evidence/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs29 = errors;
for(const key1 in data13){
if(!(((key1 === "paragraph") || (key1 === "start")) || (key1 === "end"))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2,schemaPath:"#/$defs/Evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs29 === errors){
if(data13.paragraph !== undefined){
let data14 = data13.paragraph;
const _errs30 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 10000000 || isNaN(data14)){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data14 < 0 || isNaN(data14)){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid5 = _errs30 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.start !== undefined){
let data15 = data13.start;
const _errs32 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/start",schemaPath:"#/$defs/Evidence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 10000000 || isNaN(data15)){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/start",schemaPath:"#/$defs/Evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data15 < 0 || isNaN(data15)){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/start",schemaPath:"#/$defs/Evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid5 = _errs32 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data13.end !== undefined){
let data16 = data13.end;
const _errs34 = errors;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/end",schemaPath:"#/$defs/Evidence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs34){
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 10000000 || isNaN(data16)){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/end",schemaPath:"#/$defs/Evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data16 < 0 || isNaN(data16)){
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2+"/end",schemaPath:"#/$defs/Evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid5 = _errs34 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/evidence/" + i2,schemaPath:"#/$defs/Evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs26 === errors;
if(!valid3){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.dateEvidence !== undefined){
let data17 = data.dateEvidence;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data17)){
if(data17.length > 50){
validate21.errors = [{instancePath:instancePath+"/dateEvidence",schemaPath:"#/properties/dateEvidence/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid6 = true;
const len3 = data17.length;
for(let i3=0; i3<len3; i3++){
let data18 = data17[i3];
const _errs38 = errors;
const _errs39 = errors;
if(errors === _errs39){
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
let missing2;
if((((data18.paragraph === undefined) && (missing2 = "paragraph")) || ((data18.start === undefined) && (missing2 = "start"))) || ((data18.end === undefined) && (missing2 = "end"))){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3,schemaPath:"#/$defs/Evidence/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs41 = errors;
for(const key2 in data18){
if(!(((key2 === "paragraph") || (key2 === "start")) || (key2 === "end"))){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3,schemaPath:"#/$defs/Evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data18.paragraph !== undefined){
let data19 = data18.paragraph;
const _errs42 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs42){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 10000000 || isNaN(data19)){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data19 < 0 || isNaN(data19)){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid8 = _errs42 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data18.start !== undefined){
let data20 = data18.start;
const _errs44 = errors;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/start",schemaPath:"#/$defs/Evidence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs44){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 10000000 || isNaN(data20)){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/start",schemaPath:"#/$defs/Evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data20 < 0 || isNaN(data20)){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/start",schemaPath:"#/$defs/Evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid8 = _errs44 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data18.end !== undefined){
let data21 = data18.end;
const _errs46 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/end",schemaPath:"#/$defs/Evidence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs46){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 10000000 || isNaN(data21)){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/end",schemaPath:"#/$defs/Evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data21 < 0 || isNaN(data21)){
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3+"/end",schemaPath:"#/$defs/Evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid8 = _errs46 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/dateEvidence/" + i3,schemaPath:"#/$defs/Evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs38 === errors;
if(!valid6){
break;
}
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/dateEvidence",schemaPath:"#/properties/dateEvidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs36 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"type":"object","properties":{"id":{"type":"string","pattern":"^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"name":{"type":"string","minLength":1,"maxLength":300},"otherNames":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/OtherName"}},"honorific":{"type":"string","minLength":1,"maxLength":50},"positions":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Position"}},"identifiers":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Identifier"}}},"required":["id","name"],"additionalProperties":false};
const schema43 = {"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":300},"language":{"type":"string","pattern":"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$","maxLength":35},"note":{"type":"string","minLength":1,"maxLength":200}},"required":["name"],"additionalProperties":false};
const schema47 = {"type":"object","properties":{"scheme":{"type":"string","pattern":"^[a-z][a-z0-9_-]{0,39}(?!\\n)$","maxLength":40},"identifier":{"type":"string","minLength":1,"maxLength":200}},"required":["scheme","identifier"],"additionalProperties":false};
const pattern25 = new RegExp("^[a-z][a-z0-9_-]{0,39}(?!\\n)$", "");
const schema44 = {"type":"object","properties":{"label":{"type":"string","minLength":1,"maxLength":500},"role":{"type":"string","enum":["head_of_parliament","deputy_head_of_parliament","member_of_parliament","committee_chair","head_of_state","head_of_government","minister","ambassador","secretary_general","head_of_delegation","other"]},"organization":{"$ref":"#/$defs/Organization"},"chamber":{"type":"string","enum":["single","upper","lower"]},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2},"start":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"end":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10},"evidence":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Evidence"}}},"required":["label","role"],"additionalProperties":false};
const schema45 = {"anyOf":[{"type":"object","properties":{"parliament":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200}},"required":["parliament"],"additionalProperties":false},{"type":"object","properties":{"name":{"type":"string","minLength":1,"maxLength":300},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2}},"required":["name"],"additionalProperties":false}]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.label === undefined) && (missing0 = "label")) || ((data.role === undefined) && (missing0 = "role"))){
validate28.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((((key0 === "label") || (key0 === "role")) || (key0 === "organization")) || (key0 === "chamber")) || (key0 === "country")) || (key0 === "start")) || (key0 === "end")) || (key0 === "evidence"))){
validate28.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.label !== undefined){
let data0 = data.label;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 500 && (data0.length > 1000 || func2(data0) > 500))){
validate28.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if((data0.length < 1 || (data0.length < 2 && func2(data0) < 1))){
validate28.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/label",schemaPath:"#/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.role !== undefined){
let data1 = data.role;
const _errs4 = errors;
if(typeof data1 !== "string"){
validate28.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((data1 === "head_of_parliament") || (data1 === "deputy_head_of_parliament")) || (data1 === "member_of_parliament")) || (data1 === "committee_chair")) || (data1 === "head_of_state")) || (data1 === "head_of_government")) || (data1 === "minister")) || (data1 === "ambassador")) || (data1 === "secretary_general")) || (data1 === "head_of_delegation")) || (data1 === "other"))){
validate28.errors = [{instancePath:instancePath+"/role",schemaPath:"#/properties/role/enum",keyword:"enum",params:{allowedValues: schema44.properties.role.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.organization !== undefined){
let data2 = data.organization;
const _errs6 = errors;
const _errs8 = errors;
let valid2 = false;
const _errs9 = errors;
if(errors === _errs9){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing1;
if((data2.parliament === undefined) && (missing1 = "parliament")){
const err0 = {instancePath:instancePath+"/organization",schemaPath:"#/$defs/Organization/anyOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
const _errs11 = errors;
for(const key1 in data2){
if(!(key1 === "parliament")){
const err1 = {instancePath:instancePath+"/organization",schemaPath:"#/$defs/Organization/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
break;
}
}
if(_errs11 === errors){
if(data2.parliament !== undefined){
let data3 = data2.parliament;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data3 === "string"){
if((data3.length > 200 && (data3.length > 400 || func2(data3) > 200))){
const err2 = {instancePath:instancePath+"/organization/parliament",schemaPath:"#/$defs/Organization/anyOf/0/properties/parliament/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
else {
if(!pattern11.test(data3)){
const err3 = {instancePath:instancePath+"/organization/parliament",schemaPath:"#/$defs/Organization/anyOf/0/properties/parliament/pattern",keyword:"pattern",params:{pattern: "^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath:instancePath+"/organization/parliament",schemaPath:"#/$defs/Organization/anyOf/0/properties/parliament/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
}
}
else {
const err5 = {instancePath:instancePath+"/organization",schemaPath:"#/$defs/Organization/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs14 = errors;
if(errors === _errs14){
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
let missing2;
if((data2.name === undefined) && (missing2 = "name")){
const err6 = {instancePath:instancePath+"/organization",schemaPath:"#/$defs/Organization/anyOf/1/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
const _errs16 = errors;
for(const key2 in data2){
if(!((key2 === "name") || (key2 === "country"))){
const err7 = {instancePath:instancePath+"/organization",schemaPath:"#/$defs/Organization/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
break;
}
}
if(_errs16 === errors){
if(data2.name !== undefined){
let data4 = data2.name;
const _errs17 = errors;
if(errors === _errs17){
if(typeof data4 === "string"){
if((data4.length > 300 && (data4.length > 600 || func2(data4) > 300))){
const err8 = {instancePath:instancePath+"/organization/name",schemaPath:"#/$defs/Organization/anyOf/1/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
const err9 = {instancePath:instancePath+"/organization/name",schemaPath:"#/$defs/Organization/anyOf/1/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/organization/name",schemaPath:"#/$defs/Organization/anyOf/1/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
var valid4 = _errs17 === errors;
}
else {
var valid4 = true;
}
if(valid4){
if(data2.country !== undefined){
let data5 = data2.country;
const _errs19 = errors;
if(errors === _errs19){
if(typeof data5 === "string"){
if((data5.length > 2 && (data5.length > 4 || func2(data5) > 2))){
const err11 = {instancePath:instancePath+"/organization/country",schemaPath:"#/$defs/Organization/anyOf/1/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
if(!pattern16.test(data5)){
const err12 = {instancePath:instancePath+"/organization/country",schemaPath:"#/$defs/Organization/anyOf/1/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}(?!\\n)$"},message:"must match pattern \""+"^[A-Z]{2}(?!\\n)$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/organization/country",schemaPath:"#/$defs/Organization/anyOf/1/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid4 = _errs19 === errors;
}
else {
var valid4 = true;
}
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/organization",schemaPath:"#/$defs/Organization/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid0 = _errs14 === errors;
valid2 = valid2 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid2){
const err15 = {instancePath:instancePath+"/organization",schemaPath:"#/$defs/Organization/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
validate28.errors = vErrors;
return false;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chamber !== undefined){
let data6 = data.chamber;
const _errs21 = errors;
if(typeof data6 !== "string"){
validate28.errors = [{instancePath:instancePath+"/chamber",schemaPath:"#/properties/chamber/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data6 === "single") || (data6 === "upper")) || (data6 === "lower"))){
validate28.errors = [{instancePath:instancePath+"/chamber",schemaPath:"#/properties/chamber/enum",keyword:"enum",params:{allowedValues: schema44.properties.chamber.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data7 = data.country;
const _errs23 = errors;
if(errors === _errs23){
if(typeof data7 === "string"){
if((data7.length > 2 && (data7.length > 4 || func2(data7) > 2))){
validate28.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"}];
return false;
}
else {
if(!pattern16.test(data7)){
validate28.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}(?!\\n)$"},message:"must match pattern \""+"^[A-Z]{2}(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.start !== undefined){
let data8 = data.start;
const _errs25 = errors;
if(errors === _errs25){
if(typeof data8 === "string"){
if((data8.length > 10 && (data8.length > 20 || func2(data8) > 10))){
validate28.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(!pattern14.test(data8)){
validate28.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.end !== undefined){
let data9 = data.end;
const _errs27 = errors;
if(errors === _errs27){
if(typeof data9 === "string"){
if((data9.length > 10 && (data9.length > 20 || func2(data9) > 10))){
validate28.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(!pattern14.test(data9)){
validate28.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.evidence !== undefined){
let data10 = data.evidence;
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data10)){
if(data10.length > 50){
validate28.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid5 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs31 = errors;
const _errs32 = errors;
if(errors === _errs32){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing3;
if((((data11.paragraph === undefined) && (missing3 = "paragraph")) || ((data11.start === undefined) && (missing3 = "start"))) || ((data11.end === undefined) && (missing3 = "end"))){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs34 = errors;
for(const key3 in data11){
if(!(((key3 === "paragraph") || (key3 === "start")) || (key3 === "end"))){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs34 === errors){
if(data11.paragraph !== undefined){
let data12 = data11.paragraph;
const _errs35 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 10000000 || isNaN(data12)){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data12 < 0 || isNaN(data12)){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/paragraph",schemaPath:"#/$defs/Evidence/properties/paragraph/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid7 = _errs35 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data11.start !== undefined){
let data13 = data11.start;
const _errs37 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 10000000 || isNaN(data13)){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data13 < 0 || isNaN(data13)){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/start",schemaPath:"#/$defs/Evidence/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid7 = _errs37 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data11.end !== undefined){
let data14 = data11.end;
const _errs39 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs39){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 10000000 || isNaN(data14)){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000000},message:"must be <= 10000000"}];
return false;
}
else {
if(data14 < 0 || isNaN(data14)){
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0+"/end",schemaPath:"#/$defs/Evidence/properties/end/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
}
var valid7 = _errs39 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/evidence/" + i0,schemaPath:"#/$defs/Evidence/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs31 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate28.errors = [{instancePath:instancePath+"/evidence",schemaPath:"#/properties/evidence/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((((key0 === "id") || (key0 === "name")) || (key0 === "otherNames")) || (key0 === "honorific")) || (key0 === "positions")) || (key0 === "identifiers"))){
validate27.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 200 && (data0.length > 400 || func2(data0) > 200))){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern17.test(data0)){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if((data1.length > 300 && (data1.length > 600 || func2(data1) > 300))){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data1.length < 1 || (data1.length < 2 && func2(data1) < 1))){
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.otherNames !== undefined){
let data2 = data.otherNames;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 50){
validate27.errors = [{instancePath:instancePath+"/otherNames",schemaPath:"#/properties/otherNames/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.name === undefined) && (missing1 = "name")){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0,schemaPath:"#/$defs/OtherName/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "language")) || (key1 === "note"))){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0,schemaPath:"#/$defs/OtherName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data3.name !== undefined){
let data4 = data3.name;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if((data4.length > 300 && (data4.length > 600 || func2(data4) > 300))){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/name",schemaPath:"#/$defs/OtherName/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/name",schemaPath:"#/$defs/OtherName/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/name",schemaPath:"#/$defs/OtherName/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.language !== undefined){
let data5 = data3.language;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if((data5.length > 35 && (data5.length > 70 || func2(data5) > 35))){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/language",schemaPath:"#/$defs/OtherName/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!pattern6.test(data5)){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/language",schemaPath:"#/$defs/OtherName/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/language",schemaPath:"#/$defs/OtherName/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.note !== undefined){
let data6 = data3.note;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if((data6.length > 200 && (data6.length > 400 || func2(data6) > 200))){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/note",schemaPath:"#/$defs/OtherName/properties/note/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data6.length < 1 || (data6.length < 2 && func2(data6) < 1))){
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/note",schemaPath:"#/$defs/OtherName/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/note",schemaPath:"#/$defs/OtherName/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/otherNames/" + i0,schemaPath:"#/$defs/OtherName/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/otherNames",schemaPath:"#/properties/otherNames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.honorific !== undefined){
let data7 = data.honorific;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if((data7.length > 50 && (data7.length > 100 || func2(data7) > 50))){
validate27.errors = [{instancePath:instancePath+"/honorific",schemaPath:"#/properties/honorific/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"}];
return false;
}
else {
if((data7.length < 1 || (data7.length < 2 && func2(data7) < 1))){
validate27.errors = [{instancePath:instancePath+"/honorific",schemaPath:"#/properties/honorific/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/honorific",schemaPath:"#/properties/honorific/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.positions !== undefined){
let data8 = data.positions;
const _errs20 = errors;
if(errors === _errs20){
if(Array.isArray(data8)){
if(data8.length > 50){
validate27.errors = [{instancePath:instancePath+"/positions",schemaPath:"#/properties/positions/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
const _errs22 = errors;
if(!(validate28(data8[i1], {instancePath:instancePath+"/positions/" + i1,parentData:data8,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid4 = _errs22 === errors;
if(!valid4){
break;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/positions",schemaPath:"#/properties/positions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identifiers !== undefined){
let data10 = data.identifiers;
const _errs23 = errors;
if(errors === _errs23){
if(Array.isArray(data10)){
if(data10.length > 50){
validate27.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid5 = true;
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
const _errs25 = errors;
const _errs26 = errors;
if(errors === _errs26){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
let missing2;
if(((data11.scheme === undefined) && (missing2 = "scheme")) || ((data11.identifier === undefined) && (missing2 = "identifier"))){
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2,schemaPath:"#/$defs/Identifier/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs28 = errors;
for(const key2 in data11){
if(!((key2 === "scheme") || (key2 === "identifier"))){
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2,schemaPath:"#/$defs/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs28 === errors){
if(data11.scheme !== undefined){
let data12 = data11.scheme;
const _errs29 = errors;
if(errors === _errs29){
if(typeof data12 === "string"){
if((data12.length > 40 && (data12.length > 80 || func2(data12) > 40))){
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/scheme",schemaPath:"#/$defs/Identifier/properties/scheme/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(!pattern25.test(data12)){
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/scheme",schemaPath:"#/$defs/Identifier/properties/scheme/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_-]{0,39}(?!\\n)$"},message:"must match pattern \""+"^[a-z][a-z0-9_-]{0,39}(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/scheme",schemaPath:"#/$defs/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs29 === errors;
}
else {
var valid7 = true;
}
if(valid7){
if(data11.identifier !== undefined){
let data13 = data11.identifier;
const _errs31 = errors;
if(errors === _errs31){
if(typeof data13 === "string"){
if((data13.length > 200 && (data13.length > 400 || func2(data13) > 200))){
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/identifier",schemaPath:"#/$defs/Identifier/properties/identifier/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data13.length < 1 || (data13.length < 2 && func2(data13) < 1))){
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/identifier",schemaPath:"#/$defs/Identifier/properties/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/identifier",schemaPath:"#/$defs/Identifier/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid7 = _errs31 === errors;
}
else {
var valid7 = true;
}
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/identifiers/" + i2,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid5 = _errs25 === errors;
if(!valid5){
break;
}
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}
validate27.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = {"type":"object","properties":{"id":{"type":"string","pattern":"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$","maxLength":200},"name":{"type":"string","minLength":1,"maxLength":300},"otherNames":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/OtherName"}},"country":{"type":"string","pattern":"^[A-Z]{2}(?!\\n)$","maxLength":2},"structure":{"type":"string","enum":["unicameral","bicameral"]},"chambers":{"minItems":1,"maxItems":3,"type":"array","items":{"$ref":"#/$defs/Chamber"}},"seats":{"$ref":"#/$defs/Seats"},"electoralSystem":{"type":"string","enum":["majoritarian","proportional","mixed","indirect","appointed","other"]},"termYears":{"type":"integer","minimum":1,"maximum":10},"website":{"type":"string","pattern":"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$","maxLength":2048},"identifiers":{"maxItems":50,"type":"array","items":{"$ref":"#/$defs/Identifier"}}},"required":["id","name"],"additionalProperties":false};
const schema50 = {"type":"object","properties":{"kind":{"type":"string","enum":["single","upper","lower"]},"name":{"type":"string","minLength":1,"maxLength":300},"seats":{"type":"integer","minimum":1,"maximum":10000}},"required":["kind"],"additionalProperties":false};
const schema51 = {"type":"object","properties":{"count":{"type":"integer","minimum":1,"maximum":10000},"asOf":{"type":"string","pattern":"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$","maxLength":10}},"required":["count"],"additionalProperties":false};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.id === undefined) && (missing0 = "id")) || ((data.name === undefined) && (missing0 = "name"))){
validate31.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema48.properties, key0))){
validate31.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 200 && (data0.length > 400 || func2(data0) > 200))){
validate31.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern11.test(data0)){
validate31.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.name !== undefined){
let data1 = data.name;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if((data1.length > 300 && (data1.length > 600 || func2(data1) > 300))){
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data1.length < 1 || (data1.length < 2 && func2(data1) < 1))){
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.otherNames !== undefined){
let data2 = data.otherNames;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data2)){
if(data2.length > 50){
validate31.errors = [{instancePath:instancePath+"/otherNames",schemaPath:"#/properties/otherNames/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid1 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing1;
if((data3.name === undefined) && (missing1 = "name")){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0,schemaPath:"#/$defs/OtherName/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs11 = errors;
for(const key1 in data3){
if(!(((key1 === "name") || (key1 === "language")) || (key1 === "note"))){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0,schemaPath:"#/$defs/OtherName/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs11 === errors){
if(data3.name !== undefined){
let data4 = data3.name;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data4 === "string"){
if((data4.length > 300 && (data4.length > 600 || func2(data4) > 300))){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/name",schemaPath:"#/$defs/OtherName/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data4.length < 1 || (data4.length < 2 && func2(data4) < 1))){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/name",schemaPath:"#/$defs/OtherName/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/name",schemaPath:"#/$defs/OtherName/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs12 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.language !== undefined){
let data5 = data3.language;
const _errs14 = errors;
if(errors === _errs14){
if(typeof data5 === "string"){
if((data5.length > 35 && (data5.length > 70 || func2(data5) > 35))){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/language",schemaPath:"#/$defs/OtherName/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!pattern6.test(data5)){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/language",schemaPath:"#/$defs/OtherName/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/language",schemaPath:"#/$defs/OtherName/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs14 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data3.note !== undefined){
let data6 = data3.note;
const _errs16 = errors;
if(errors === _errs16){
if(typeof data6 === "string"){
if((data6.length > 200 && (data6.length > 400 || func2(data6) > 200))){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/note",schemaPath:"#/$defs/OtherName/properties/note/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data6.length < 1 || (data6.length < 2 && func2(data6) < 1))){
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/note",schemaPath:"#/$defs/OtherName/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0+"/note",schemaPath:"#/$defs/OtherName/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs16 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/otherNames/" + i0,schemaPath:"#/$defs/OtherName/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid1 = _errs8 === errors;
if(!valid1){
break;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/otherNames",schemaPath:"#/properties/otherNames/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.country !== undefined){
let data7 = data.country;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if((data7.length > 2 && (data7.length > 4 || func2(data7) > 2))){
validate31.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/maxLength",keyword:"maxLength",params:{limit: 2},message:"must NOT have more than 2 characters"}];
return false;
}
else {
if(!pattern16.test(data7)){
validate31.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/pattern",keyword:"pattern",params:{pattern: "^[A-Z]{2}(?!\\n)$"},message:"must match pattern \""+"^[A-Z]{2}(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/country",schemaPath:"#/properties/country/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.structure !== undefined){
let data8 = data.structure;
const _errs20 = errors;
if(typeof data8 !== "string"){
validate31.errors = [{instancePath:instancePath+"/structure",schemaPath:"#/properties/structure/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data8 === "unicameral") || (data8 === "bicameral"))){
validate31.errors = [{instancePath:instancePath+"/structure",schemaPath:"#/properties/structure/enum",keyword:"enum",params:{allowedValues: schema48.properties.structure.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.chambers !== undefined){
let data9 = data.chambers;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data9)){
if(data9.length > 3){
validate31.errors = [{instancePath:instancePath+"/chambers",schemaPath:"#/properties/chambers/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"}];
return false;
}
else {
if(data9.length < 1){
validate31.errors = [{instancePath:instancePath+"/chambers",schemaPath:"#/properties/chambers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid4 = true;
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs24 = errors;
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
let missing2;
if((data10.kind === undefined) && (missing2 = "kind")){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1,schemaPath:"#/$defs/Chamber/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs27 = errors;
for(const key2 in data10){
if(!(((key2 === "kind") || (key2 === "name")) || (key2 === "seats"))){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1,schemaPath:"#/$defs/Chamber/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data10.kind !== undefined){
let data11 = data10.kind;
const _errs28 = errors;
if(typeof data11 !== "string"){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/kind",schemaPath:"#/$defs/Chamber/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data11 === "single") || (data11 === "upper")) || (data11 === "lower"))){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/kind",schemaPath:"#/$defs/Chamber/properties/kind/enum",keyword:"enum",params:{allowedValues: schema50.properties.kind.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.name !== undefined){
let data12 = data10.name;
const _errs30 = errors;
if(errors === _errs30){
if(typeof data12 === "string"){
if((data12.length > 300 && (data12.length > 600 || func2(data12) > 300))){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/name",schemaPath:"#/$defs/Chamber/properties/name/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data12.length < 1 || (data12.length < 2 && func2(data12) < 1))){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/name",schemaPath:"#/$defs/Chamber/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/name",schemaPath:"#/$defs/Chamber/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data10.seats !== undefined){
let data13 = data10.seats;
const _errs32 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/seats",schemaPath:"#/$defs/Chamber/properties/seats/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 10000 || isNaN(data13)){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/seats",schemaPath:"#/$defs/Chamber/properties/seats/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data13 < 1 || isNaN(data13)){
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1+"/seats",schemaPath:"#/$defs/Chamber/properties/seats/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/chambers/" + i1,schemaPath:"#/$defs/Chamber/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/chambers",schemaPath:"#/properties/chambers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.seats !== undefined){
let data14 = data.seats;
const _errs34 = errors;
const _errs35 = errors;
if(errors === _errs35){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
let missing3;
if((data14.count === undefined) && (missing3 = "count")){
validate31.errors = [{instancePath:instancePath+"/seats",schemaPath:"#/$defs/Seats/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs37 = errors;
for(const key3 in data14){
if(!((key3 === "count") || (key3 === "asOf"))){
validate31.errors = [{instancePath:instancePath+"/seats",schemaPath:"#/$defs/Seats/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs37 === errors){
if(data14.count !== undefined){
let data15 = data14.count;
const _errs38 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate31.errors = [{instancePath:instancePath+"/seats/count",schemaPath:"#/$defs/Seats/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs38){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 10000 || isNaN(data15)){
validate31.errors = [{instancePath:instancePath+"/seats/count",schemaPath:"#/$defs/Seats/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000"}];
return false;
}
else {
if(data15 < 1 || isNaN(data15)){
validate31.errors = [{instancePath:instancePath+"/seats/count",schemaPath:"#/$defs/Seats/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data14.asOf !== undefined){
let data16 = data14.asOf;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data16 === "string"){
if((data16.length > 10 && (data16.length > 20 || func2(data16) > 10))){
validate31.errors = [{instancePath:instancePath+"/seats/asOf",schemaPath:"#/$defs/Seats/properties/asOf/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(!pattern14.test(data16)){
validate31.errors = [{instancePath:instancePath+"/seats/asOf",schemaPath:"#/$defs/Seats/properties/asOf/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/seats/asOf",schemaPath:"#/$defs/Seats/properties/asOf/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/seats",schemaPath:"#/$defs/Seats/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.electoralSystem !== undefined){
let data17 = data.electoralSystem;
const _errs42 = errors;
if(typeof data17 !== "string"){
validate31.errors = [{instancePath:instancePath+"/electoralSystem",schemaPath:"#/properties/electoralSystem/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((data17 === "majoritarian") || (data17 === "proportional")) || (data17 === "mixed")) || (data17 === "indirect")) || (data17 === "appointed")) || (data17 === "other"))){
validate31.errors = [{instancePath:instancePath+"/electoralSystem",schemaPath:"#/properties/electoralSystem/enum",keyword:"enum",params:{allowedValues: schema48.properties.electoralSystem.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs42 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.termYears !== undefined){
let data18 = data.termYears;
const _errs44 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate31.errors = [{instancePath:instancePath+"/termYears",schemaPath:"#/properties/termYears/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs44){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 10 || isNaN(data18)){
validate31.errors = [{instancePath:instancePath+"/termYears",schemaPath:"#/properties/termYears/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10"}];
return false;
}
else {
if(data18 < 1 || isNaN(data18)){
validate31.errors = [{instancePath:instancePath+"/termYears",schemaPath:"#/properties/termYears/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.website !== undefined){
let data19 = data.website;
const _errs46 = errors;
if(errors === _errs46){
if(typeof data19 === "string"){
if((data19.length > 2048 && (data19.length > 4096 || func2(data19) > 2048))){
validate31.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data19)){
validate31.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/pattern",keyword:"pattern",params:{pattern: "^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"},message:"must match pattern \""+"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs46 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.identifiers !== undefined){
let data20 = data.identifiers;
const _errs48 = errors;
if(errors === _errs48){
if(Array.isArray(data20)){
if(data20.length > 50){
validate31.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
const _errs50 = errors;
const _errs51 = errors;
if(errors === _errs51){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing4;
if(((data21.scheme === undefined) && (missing4 = "scheme")) || ((data21.identifier === undefined) && (missing4 = "identifier"))){
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2,schemaPath:"#/$defs/Identifier/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs53 = errors;
for(const key4 in data21){
if(!((key4 === "scheme") || (key4 === "identifier"))){
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2,schemaPath:"#/$defs/Identifier/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs53 === errors){
if(data21.scheme !== undefined){
let data22 = data21.scheme;
const _errs54 = errors;
if(errors === _errs54){
if(typeof data22 === "string"){
if((data22.length > 40 && (data22.length > 80 || func2(data22) > 40))){
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/scheme",schemaPath:"#/$defs/Identifier/properties/scheme/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"}];
return false;
}
else {
if(!pattern25.test(data22)){
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/scheme",schemaPath:"#/$defs/Identifier/properties/scheme/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_-]{0,39}(?!\\n)$"},message:"must match pattern \""+"^[a-z][a-z0-9_-]{0,39}(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/scheme",schemaPath:"#/$defs/Identifier/properties/scheme/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs54 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data21.identifier !== undefined){
let data23 = data21.identifier;
const _errs56 = errors;
if(errors === _errs56){
if(typeof data23 === "string"){
if((data23.length > 200 && (data23.length > 400 || func2(data23) > 200))){
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/identifier",schemaPath:"#/$defs/Identifier/properties/identifier/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data23.length < 1 || (data23.length < 2 && func2(data23) < 1))){
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/identifier",schemaPath:"#/$defs/Identifier/properties/identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2+"/identifier",schemaPath:"#/$defs/Identifier/properties/identifier/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs56 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/identifiers/" + i2,schemaPath:"#/$defs/Identifier/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid9 = _errs50 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate31.errors = [{instancePath:instancePath+"/identifiers",schemaPath:"#/properties/identifiers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs48 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate31.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://parlwire.dev/schema/v1/release.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.id === undefined) && (missing0 = "id")) || ((data.language === undefined) && (missing0 = "language"))) || ((data.title === undefined) && (missing0 = "title"))) || ((data.body === undefined) && (missing0 = "body"))) || ((data.meetings === undefined) && (missing0 = "meetings"))) || ((data.officials === undefined) && (missing0 = "officials"))) || ((data.parliaments === undefined) && (missing0 = "parliaments"))) || ((data.sources === undefined) && (missing0 = "sources"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.$schema !== undefined){
let data0 = data.$schema;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if((data0.length > 2048 && (data0.length > 4096 || func2(data0) > 2048))){
validate20.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data0)){
validate20.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/pattern",keyword:"pattern",params:{pattern: "^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"},message:"must match pattern \""+"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.id !== undefined){
let data1 = data.id;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data1 === "string"){
if((data1.length > 200 && (data1.length > 400 || func2(data1) > 200))){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern5.test(data1)){
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.language !== undefined){
let data2 = data.language;
const _errs6 = errors;
if(errors === _errs6){
if(typeof data2 === "string"){
if((data2.length > 35 && (data2.length > 70 || func2(data2) > 35))){
validate20.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!pattern6.test(data2)){
validate20.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/language",schemaPath:"#/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.title !== undefined){
let data3 = data.title;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data3 === "string"){
if((data3.length > 1000 && (data3.length > 2000 || func2(data3) > 1000))){
validate20.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if((data3.length < 1 || (data3.length < 2 && func2(data3) < 1))){
validate20.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.titleDerived !== undefined){
let data4 = data.titleDerived;
const _errs10 = errors;
if(typeof data4 !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/titleDerived",schemaPath:"#/properties/titleDerived/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
if(true !== data4){
validate20.errors = [{instancePath:instancePath+"/titleDerived",schemaPath:"#/properties/titleDerived/const",keyword:"const",params:{allowedValue: true},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.category !== undefined){
let data5 = data.category;
const _errs12 = errors;
if(errors === _errs12){
if(typeof data5 === "string"){
if((data5.length > 200 && (data5.length > 400 || func2(data5) > 200))){
validate20.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data5.length < 1 || (data5.length < 2 && func2(data5) < 1))){
validate20.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.published !== undefined){
let data6 = data.published;
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
let missing1;
if((data6.date === undefined) && (missing1 = "date")){
validate20.errors = [{instancePath:instancePath+"/published",schemaPath:"#/$defs/Published/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs17 = errors;
for(const key1 in data6){
if(!(((((key1 === "date") || (key1 === "dateTime")) || (key1 === "localDateTime")) || (key1 === "timeZone")) || (key1 === "asPrinted"))){
validate20.errors = [{instancePath:instancePath+"/published",schemaPath:"#/$defs/Published/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs17 === errors){
if(data6.date !== undefined){
let data7 = data6.date;
const _errs18 = errors;
if(errors === _errs18){
if(typeof data7 === "string"){
if((data7.length > 10 && (data7.length > 20 || func2(data7) > 10))){
validate20.errors = [{instancePath:instancePath+"/published/date",schemaPath:"#/$defs/Published/properties/date/maxLength",keyword:"maxLength",params:{limit: 10},message:"must NOT have more than 10 characters"}];
return false;
}
else {
if(!pattern7.test(data7)){
validate20.errors = [{instancePath:instancePath+"/published/date",schemaPath:"#/$defs/Published/properties/date/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/published/date",schemaPath:"#/$defs/Published/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs18 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.dateTime !== undefined){
let data8 = data6.dateTime;
const _errs20 = errors;
if(errors === _errs20){
if(typeof data8 === "string"){
if((data8.length > 35 && (data8.length > 70 || func2(data8) > 35))){
validate20.errors = [{instancePath:instancePath+"/published/dateTime",schemaPath:"#/$defs/Published/properties/dateTime/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!pattern8.test(data8)){
validate20.errors = [{instancePath:instancePath+"/published/dateTime",schemaPath:"#/$defs/Published/properties/dateTime/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/published/dateTime",schemaPath:"#/$defs/Published/properties/dateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs20 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.localDateTime !== undefined){
let data9 = data6.localDateTime;
const _errs22 = errors;
if(errors === _errs22){
if(typeof data9 === "string"){
if((data9.length > 19 && (data9.length > 38 || func2(data9) > 19))){
validate20.errors = [{instancePath:instancePath+"/published/localDateTime",schemaPath:"#/$defs/Published/properties/localDateTime/maxLength",keyword:"maxLength",params:{limit: 19},message:"must NOT have more than 19 characters"}];
return false;
}
else {
if(!pattern9.test(data9)){
validate20.errors = [{instancePath:instancePath+"/published/localDateTime",schemaPath:"#/$defs/Published/properties/localDateTime/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/published/localDateTime",schemaPath:"#/$defs/Published/properties/localDateTime/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs22 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.timeZone !== undefined){
let data10 = data6.timeZone;
const _errs24 = errors;
if(errors === _errs24){
if(typeof data10 === "string"){
if((data10.length > 64 && (data10.length > 128 || func2(data10) > 64))){
validate20.errors = [{instancePath:instancePath+"/published/timeZone",schemaPath:"#/$defs/Published/properties/timeZone/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern10.test(data10)){
validate20.errors = [{instancePath:instancePath+"/published/timeZone",schemaPath:"#/$defs/Published/properties/timeZone/pattern",keyword:"pattern",params:{pattern: "^(?:UTC|[A-Z][A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+){1,2})(?!\\n)$"},message:"must match pattern \""+"^(?:UTC|[A-Z][A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+){1,2})(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/published/timeZone",schemaPath:"#/$defs/Published/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs24 === errors;
}
else {
var valid2 = true;
}
if(valid2){
if(data6.asPrinted !== undefined){
let data11 = data6.asPrinted;
const _errs26 = errors;
if(errors === _errs26){
if(typeof data11 === "string"){
if((data11.length > 200 && (data11.length > 400 || func2(data11) > 200))){
validate20.errors = [{instancePath:instancePath+"/published/asPrinted",schemaPath:"#/$defs/Published/properties/asPrinted/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data11.length < 1 || (data11.length < 2 && func2(data11) < 1))){
validate20.errors = [{instancePath:instancePath+"/published/asPrinted",schemaPath:"#/$defs/Published/properties/asPrinted/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/published/asPrinted",schemaPath:"#/$defs/Published/properties/asPrinted/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid2 = _errs26 === errors;
}
else {
var valid2 = true;
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/published",schemaPath:"#/$defs/Published/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.body !== undefined){
let data12 = data.body;
const _errs28 = errors;
if(errors === _errs28){
if(Array.isArray(data12)){
if(data12.length > 2000){
validate20.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/maxItems",keyword:"maxItems",params:{limit: 2000},message:"must NOT have more than 2000 items"}];
return false;
}
else {
if(data12.length < 1){
validate20.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid3 = true;
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
const _errs30 = errors;
if(errors === _errs30){
if(typeof data13 === "string"){
if((data13.length > 20000 && (data13.length > 40000 || func2(data13) > 20000))){
validate20.errors = [{instancePath:instancePath+"/body/" + i0,schemaPath:"#/properties/body/items/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters"}];
return false;
}
else {
if((data13.length < 1 || (data13.length < 2 && func2(data13) < 1))){
validate20.errors = [{instancePath:instancePath+"/body/" + i0,schemaPath:"#/properties/body/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/body/" + i0,schemaPath:"#/properties/body/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs30 === errors;
if(!valid3){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs28 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.publisher !== undefined){
let data14 = data.publisher;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
const _errs35 = errors;
for(const key2 in data14){
if(!(((key2 === "signature") || (key2 === "department")) || (key2 === "parliament"))){
validate20.errors = [{instancePath:instancePath+"/publisher",schemaPath:"#/$defs/Publisher/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs35 === errors){
if(data14.signature !== undefined){
let data15 = data14.signature;
const _errs36 = errors;
if(errors === _errs36){
if(Array.isArray(data15)){
if(data15.length > 10){
validate20.errors = [{instancePath:instancePath+"/publisher/signature",schemaPath:"#/$defs/Publisher/properties/signature/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];
return false;
}
else {
if(data15.length < 1){
validate20.errors = [{instancePath:instancePath+"/publisher/signature",schemaPath:"#/$defs/Publisher/properties/signature/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid6 = true;
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
const _errs38 = errors;
if(errors === _errs38){
if(typeof data16 === "string"){
if((data16.length > 300 && (data16.length > 600 || func2(data16) > 300))){
validate20.errors = [{instancePath:instancePath+"/publisher/signature/" + i1,schemaPath:"#/$defs/Publisher/properties/signature/items/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"}];
return false;
}
else {
if((data16.length < 1 || (data16.length < 2 && func2(data16) < 1))){
validate20.errors = [{instancePath:instancePath+"/publisher/signature/" + i1,schemaPath:"#/$defs/Publisher/properties/signature/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/publisher/signature/" + i1,schemaPath:"#/$defs/Publisher/properties/signature/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid6 = _errs38 === errors;
if(!valid6){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/publisher/signature",schemaPath:"#/$defs/Publisher/properties/signature/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs36 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.department !== undefined){
let data17 = data14.department;
const _errs40 = errors;
if(errors === _errs40){
if(typeof data17 === "string"){
if((data17.length > 500 && (data17.length > 1000 || func2(data17) > 500))){
validate20.errors = [{instancePath:instancePath+"/publisher/department",schemaPath:"#/$defs/Publisher/properties/department/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"}];
return false;
}
else {
if((data17.length < 1 || (data17.length < 2 && func2(data17) < 1))){
validate20.errors = [{instancePath:instancePath+"/publisher/department",schemaPath:"#/$defs/Publisher/properties/department/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/publisher/department",schemaPath:"#/$defs/Publisher/properties/department/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs40 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data14.parliament !== undefined){
let data18 = data14.parliament;
const _errs42 = errors;
if(errors === _errs42){
if(typeof data18 === "string"){
if((data18.length > 200 && (data18.length > 400 || func2(data18) > 200))){
validate20.errors = [{instancePath:instancePath+"/publisher/parliament",schemaPath:"#/$defs/Publisher/properties/parliament/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern11.test(data18)){
validate20.errors = [{instancePath:instancePath+"/publisher/parliament",schemaPath:"#/$defs/Publisher/properties/parliament/pattern",keyword:"pattern",params:{pattern: "^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/publisher/parliament",schemaPath:"#/$defs/Publisher/properties/parliament/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid5 = _errs42 === errors;
}
else {
var valid5 = true;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/publisher",schemaPath:"#/$defs/Publisher/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.boilerplate !== undefined){
let data19 = data.boilerplate;
const _errs44 = errors;
const _errs45 = errors;
if(errors === _errs45){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
let missing2;
if((data19.text === undefined) && (missing2 = "text")){
validate20.errors = [{instancePath:instancePath+"/boilerplate",schemaPath:"#/$defs/Boilerplate/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs47 = errors;
for(const key3 in data19){
if(!(((key3 === "text") || (key3 === "parliament")) || (key3 === "truncated"))){
validate20.errors = [{instancePath:instancePath+"/boilerplate",schemaPath:"#/$defs/Boilerplate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs47 === errors){
if(data19.text !== undefined){
let data20 = data19.text;
const _errs48 = errors;
if(errors === _errs48){
if(typeof data20 === "string"){
if((data20.length > 5000 && (data20.length > 10000 || func2(data20) > 5000))){
validate20.errors = [{instancePath:instancePath+"/boilerplate/text",schemaPath:"#/$defs/Boilerplate/properties/text/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters"}];
return false;
}
else {
if((data20.length < 1 || (data20.length < 2 && func2(data20) < 1))){
validate20.errors = [{instancePath:instancePath+"/boilerplate/text",schemaPath:"#/$defs/Boilerplate/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/boilerplate/text",schemaPath:"#/$defs/Boilerplate/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs48 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data19.parliament !== undefined){
let data21 = data19.parliament;
const _errs50 = errors;
if(errors === _errs50){
if(typeof data21 === "string"){
if((data21.length > 200 && (data21.length > 400 || func2(data21) > 200))){
validate20.errors = [{instancePath:instancePath+"/boilerplate/parliament",schemaPath:"#/$defs/Boilerplate/properties/parliament/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern11.test(data21)){
validate20.errors = [{instancePath:instancePath+"/boilerplate/parliament",schemaPath:"#/$defs/Boilerplate/properties/parliament/pattern",keyword:"pattern",params:{pattern: "^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/boilerplate/parliament",schemaPath:"#/$defs/Boilerplate/properties/parliament/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs50 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data19.truncated !== undefined){
const _errs52 = errors;
if(typeof data19.truncated !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/boilerplate/truncated",schemaPath:"#/$defs/Boilerplate/properties/truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs52 === errors;
}
else {
var valid8 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/boilerplate",schemaPath:"#/$defs/Boilerplate/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs44 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.meetings !== undefined){
let data23 = data.meetings;
const _errs54 = errors;
if(errors === _errs54){
if(Array.isArray(data23)){
if(data23.length > 100){
validate20.errors = [{instancePath:instancePath+"/meetings",schemaPath:"#/properties/meetings/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid9 = true;
const len2 = data23.length;
for(let i2=0; i2<len2; i2++){
const _errs56 = errors;
if(!(validate21(data23[i2], {instancePath:instancePath+"/meetings/" + i2,parentData:data23,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid9 = _errs56 === errors;
if(!valid9){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/meetings",schemaPath:"#/properties/meetings/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs54 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.officials !== undefined){
let data25 = data.officials;
const _errs57 = errors;
if(errors === _errs57){
if(Array.isArray(data25)){
if(data25.length > 1000){
validate20.errors = [{instancePath:instancePath+"/officials",schemaPath:"#/properties/officials/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items"}];
return false;
}
else {
var valid10 = true;
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
const _errs59 = errors;
if(!(validate27(data25[i3], {instancePath:instancePath+"/officials/" + i3,parentData:data25,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var valid10 = _errs59 === errors;
if(!valid10){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/officials",schemaPath:"#/properties/officials/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs57 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.parliaments !== undefined){
let data27 = data.parliaments;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data27)){
if(data27.length > 100){
validate20.errors = [{instancePath:instancePath+"/parliaments",schemaPath:"#/properties/parliaments/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items"}];
return false;
}
else {
var valid11 = true;
const len4 = data27.length;
for(let i4=0; i4<len4; i4++){
const _errs62 = errors;
if(!(validate31(data27[i4], {instancePath:instancePath+"/parliaments/" + i4,parentData:data27,parentDataProperty:i4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
var valid11 = _errs62 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/parliaments",schemaPath:"#/properties/parliaments/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs60 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.topics !== undefined){
let data29 = data.topics;
const _errs63 = errors;
if(errors === _errs63){
if(Array.isArray(data29)){
if(data29.length > 50){
validate20.errors = [{instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid12 = true;
const len5 = data29.length;
for(let i5=0; i5<len5; i5++){
let data30 = data29[i5];
const _errs65 = errors;
if(errors === _errs65){
if(typeof data30 === "string"){
if((data30.length > 200 && (data30.length > 400 || func2(data30) > 200))){
validate20.errors = [{instancePath:instancePath+"/topics/" + i5,schemaPath:"#/properties/topics/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data30.length < 1 || (data30.length < 2 && func2(data30) < 1))){
validate20.errors = [{instancePath:instancePath+"/topics/" + i5,schemaPath:"#/properties/topics/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/topics/" + i5,schemaPath:"#/properties/topics/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs65 === errors;
if(!valid12){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/topics",schemaPath:"#/properties/topics/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs63 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sources !== undefined){
let data31 = data.sources;
const _errs67 = errors;
if(errors === _errs67){
if(Array.isArray(data31)){
if(data31.length > 20){
validate20.errors = [{instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/maxItems",keyword:"maxItems",params:{limit: 20},message:"must NOT have more than 20 items"}];
return false;
}
else {
if(data31.length < 1){
validate20.errors = [{instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid13 = true;
const len6 = data31.length;
for(let i6=0; i6<len6; i6++){
let data32 = data31[i6];
const _errs69 = errors;
const _errs70 = errors;
if(errors === _errs70){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
let missing3;
if(((data32.mediaType === undefined) && (missing3 = "mediaType")) || ((data32.sha256 === undefined) && (missing3 = "sha256"))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6,schemaPath:"#/$defs/Source/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs72 = errors;
for(const key4 in data32){
if(!((((((key4 === "url") || (key4 === "name")) || (key4 === "capturedAt")) || (key4 === "mediaType")) || (key4 === "sha256")) || (key4 === "truncated"))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6,schemaPath:"#/$defs/Source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs72 === errors){
if(data32.url !== undefined){
let data33 = data32.url;
const _errs73 = errors;
if(errors === _errs73){
if(typeof data33 === "string"){
if((data33.length > 2048 && (data33.length > 4096 || func2(data33) > 2048))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/url",schemaPath:"#/$defs/Source/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data33)){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/url",schemaPath:"#/$defs/Source/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"},message:"must match pattern \""+"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/url",schemaPath:"#/$defs/Source/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs73 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data32.name !== undefined){
let data34 = data32.name;
const _errs75 = errors;
if(errors === _errs75){
if(typeof data34 === "string"){
if((data34.length > 200 && (data34.length > 400 || func2(data34) > 200))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/name",schemaPath:"#/$defs/Source/properties/name/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if((data34.length < 1 || (data34.length < 2 && func2(data34) < 1))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/name",schemaPath:"#/$defs/Source/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/name",schemaPath:"#/$defs/Source/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs75 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data32.capturedAt !== undefined){
let data35 = data32.capturedAt;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data35 === "string"){
if((data35.length > 35 && (data35.length > 70 || func2(data35) > 35))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/capturedAt",schemaPath:"#/$defs/Source/properties/capturedAt/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!pattern8.test(data35)){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/capturedAt",schemaPath:"#/$defs/Source/properties/capturedAt/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/capturedAt",schemaPath:"#/$defs/Source/properties/capturedAt/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs77 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data32.mediaType !== undefined){
let data36 = data32.mediaType;
const _errs79 = errors;
if(errors === _errs79){
if(typeof data36 === "string"){
if((data36.length > 100 && (data36.length > 200 || func2(data36) > 100))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/mediaType",schemaPath:"#/$defs/Source/properties/mediaType/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters"}];
return false;
}
else {
if(!pattern34.test(data36)){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/mediaType",schemaPath:"#/$defs/Source/properties/mediaType/pattern",keyword:"pattern",params:{pattern: "^[a-z]+\\/[a-z0-9.+-]+(?!\\n)$"},message:"must match pattern \""+"^[a-z]+\\/[a-z0-9.+-]+(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/mediaType",schemaPath:"#/$defs/Source/properties/mediaType/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs79 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data32.sha256 !== undefined){
let data37 = data32.sha256;
const _errs81 = errors;
if(errors === _errs81){
if(typeof data37 === "string"){
if((data37.length > 64 && (data37.length > 128 || func2(data37) > 64))){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/sha256",schemaPath:"#/$defs/Source/properties/sha256/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern35.test(data37)){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/sha256",schemaPath:"#/$defs/Source/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}(?!\\n)$"},message:"must match pattern \""+"^[0-9a-f]{64}(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/sha256",schemaPath:"#/$defs/Source/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid15 = _errs81 === errors;
}
else {
var valid15 = true;
}
if(valid15){
if(data32.truncated !== undefined){
const _errs83 = errors;
if(typeof data32.truncated !== "boolean"){
validate20.errors = [{instancePath:instancePath+"/sources/" + i6+"/truncated",schemaPath:"#/$defs/Source/properties/truncated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid15 = _errs83 === errors;
}
else {
var valid15 = true;
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sources/" + i6,schemaPath:"#/$defs/Source/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid13 = _errs69 === errors;
if(!valid13){
break;
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs67 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.version !== undefined){
let data39 = data.version;
const _errs85 = errors;
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs85){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 1000000 || isNaN(data39)){
validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000},message:"must be <= 1000000"}];
return false;
}
else {
if(data39 < 1 || isNaN(data39)){
validate20.errors = [{instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"}];
return false;
}
}
}
}
var valid0 = _errs85 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.modified !== undefined){
let data40 = data.modified;
const _errs87 = errors;
if(errors === _errs87){
if(typeof data40 === "string"){
if((data40.length > 35 && (data40.length > 70 || func2(data40) > 35))){
validate20.errors = [{instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!pattern8.test(data40)){
validate20.errors = [{instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/pattern",keyword:"pattern",params:{pattern: "^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$"},message:"must match pattern \""+"^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/modified",schemaPath:"#/properties/modified/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs87 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.status !== undefined){
let data41 = data.status;
const _errs89 = errors;
if(typeof data41 !== "string"){
validate20.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data41 === "published") || (data41 === "corrected")) || (data41 === "withdrawn"))){
validate20.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema31.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs89 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.translations !== undefined){
let data42 = data.translations;
const _errs91 = errors;
if(errors === _errs91){
if(Array.isArray(data42)){
if(data42.length > 50){
validate20.errors = [{instancePath:instancePath+"/translations",schemaPath:"#/properties/translations/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items"}];
return false;
}
else {
var valid16 = true;
const len7 = data42.length;
for(let i7=0; i7<len7; i7++){
let data43 = data42[i7];
const _errs93 = errors;
const _errs94 = errors;
if(errors === _errs94){
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
let missing4;
if((data43.language === undefined) && (missing4 = "language")){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7,schemaPath:"#/$defs/Translation/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs96 = errors;
for(const key5 in data43){
if(!((((key5 === "language") || (key5 === "id")) || (key5 === "url")) || (key5 === "title"))){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7,schemaPath:"#/$defs/Translation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs96 === errors){
if(data43.language !== undefined){
let data44 = data43.language;
const _errs97 = errors;
if(errors === _errs97){
if(typeof data44 === "string"){
if((data44.length > 35 && (data44.length > 70 || func2(data44) > 35))){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/language",schemaPath:"#/$defs/Translation/properties/language/maxLength",keyword:"maxLength",params:{limit: 35},message:"must NOT have more than 35 characters"}];
return false;
}
else {
if(!pattern6.test(data44)){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/language",schemaPath:"#/$defs/Translation/properties/language/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"},message:"must match pattern \""+"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/language",schemaPath:"#/$defs/Translation/properties/language/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs97 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data43.id !== undefined){
let data45 = data43.id;
const _errs99 = errors;
if(errors === _errs99){
if(typeof data45 === "string"){
if((data45.length > 200 && (data45.length > 400 || func2(data45) > 200))){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/id",schemaPath:"#/$defs/Translation/properties/id/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"}];
return false;
}
else {
if(!pattern5.test(data45)){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/id",schemaPath:"#/$defs/Translation/properties/id/pattern",keyword:"pattern",params:{pattern: "^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"},message:"must match pattern \""+"^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/id",schemaPath:"#/$defs/Translation/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs99 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data43.url !== undefined){
let data46 = data43.url;
const _errs101 = errors;
if(errors === _errs101){
if(typeof data46 === "string"){
if((data46.length > 2048 && (data46.length > 4096 || func2(data46) > 2048))){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/url",schemaPath:"#/$defs/Translation/properties/url/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data46)){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/url",schemaPath:"#/$defs/Translation/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"},message:"must match pattern \""+"^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$"+"\""}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/url",schemaPath:"#/$defs/Translation/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs101 === errors;
}
else {
var valid18 = true;
}
if(valid18){
if(data43.title !== undefined){
let data47 = data43.title;
const _errs103 = errors;
if(errors === _errs103){
if(typeof data47 === "string"){
if((data47.length > 1000 && (data47.length > 2000 || func2(data47) > 1000))){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/title",schemaPath:"#/$defs/Translation/properties/title/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters"}];
return false;
}
else {
if((data47.length < 1 || (data47.length < 2 && func2(data47) < 1))){
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/title",schemaPath:"#/$defs/Translation/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/translations/" + i7+"/title",schemaPath:"#/$defs/Translation/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid18 = _errs103 === errors;
}
else {
var valid18 = true;
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/translations/" + i7,schemaPath:"#/$defs/Translation/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs93 === errors;
if(!valid16){
break;
}
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/translations",schemaPath:"#/properties/translations/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs91 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const strictSchema = schema31;
export const patternPhrases = {"^(?:UTC|[A-Z][A-Za-z_]+(?:\\/[A-Za-z0-9_+-]+){1,2})(?!\\n)$":"an IANA time zone like Asia/Baku","^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)(?!\\n)$":"a calendar date YYYY-MM-DD","^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?(?!\\n)$":"a local date-time without offset, like 2021-04-15T21:25 or 2021-04-15T21:25:00","^(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9](?:\\.[0-9]{1,9})?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])(?!\\n)$":"an RFC 3339 date-time with offset, like 2021-04-15T21:25:00+04:00","^(?:[0-9]{4}|[0-9]{4}-(?:0[1-9]|1[0-2])|(?:[0-9]{4}-(?:(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])|(?:0[13-9]|1[0-2])-(?:29|30)|(?:0[13578]|1[02])-31)|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)-02-29))(?!\\n)$":"a date YYYY, YYYY-MM or YYYY-MM-DD","^[0-9a-f]{64}(?!\\n)$":"64 lowercase hex digits","^[A-Z]{2}(?!\\n)$":"an ISO 3166-1 alpha-2 code like AZ","^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*(?!\\n)$":"a BCP 47 language tag like en or az-Latn","^[a-z]+\\/[a-z0-9.+-]+(?!\\n)$":"a media type like text/plain","^[a-z][a-z0-9_-]{0,39}(?!\\n)$":"a lowercase scheme name like wikidata","^https?:\\/\\/(?:[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?(?:[/?#][^\\x00-\\x20\\x7f-\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]*)?(?!\\n)$":"an http(s) URL like https://example.org/page","^meeting:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$":"an id like meeting:example-name (lowercase letters, digits and single hyphens)","^official:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$":"an id like official:example-name (lowercase letters, digits and single hyphens)","^parliament:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$":"an id like parliament:example-name (lowercase letters, digits and single hyphens)","^release:[a-z0-9]+(?:-[a-z0-9]+)*(?!\\n)$":"an id like release:example-name (lowercase letters, digits and single hyphens)"};
