// Word lists of English press-release prose. Knowledge about the world (parliaments, titles,
// countries, officials) lives in data/*.json; these are grammar: what is not a name, and which
// verbs report a meeting.

import honorificsFile from "../../data/honorifics.json" with { type: "json" };
import { HonorificsFileSchema } from "../knowledge/knowledge-schema.js";

const honorificData = HonorificsFileSchema.parse(honorificsFile);

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Capitalised words that never start or continue a person's name ("Nor" is not one: Ramli Mohd Nor). */
export const notNameWords = words(`
  the a an this that these those our his her their its my your we he she they it i you
  during as on in at by for with from after before besides then also other both each all
  any some such while when where which who whom whose what why how if but and or so
  yet however meanwhile moreover further furthermore finally thus therefore later today
  yesterday tomorrow there here upon within without between amongst among about over under
  parliament parliaments senate assembly council committee commission republic federation
  kingdom majlis mejlis state states union organisation organization group groups secretariat
  staff service department ministry relations affairs cooperation co-operation conference
  session sessions forum summit exhibition university centre center office house chamber
  duma sejm people national international inter-parliamentary interparliamentary
  parliamentary general economic european asian islamic friendship working war patriotic
  day week year foundation fund bank agency embassy consulate protocol heritage city region
  province provinces district capital airport palace hall building street avenue square press public law
  policy youth sports culture education defence defense security legal social human rights
  budget finance north south east west central black sea caucasus asia europe africa america
  middle gems polish centenary anniversary jubilee memorial award prize medal order park
  museum school church mosque network platform programme program project strategy plan
  institute institution society academy college library hospital stadium castle manor villa
  declaration resolution agreement treaty convention charter statement report meeting
  meetings delegation delegations visit visits talks conversation interview television tv
  radio news agency media website council’s committee’s parliament’s assembly’s
  legislative legislature executive judicial supreme constitutional court government
  cabinet presidential administration armed forces army navy police ambassadors mps
  members speakers heads deputies ministers chairs representatives excellency
  minefield maps territories territory lands occupation liberation victory peace
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  mr mrs ms madam madame dr prof sir lord lady sheikh sheikha h e his her excellency
  chair chairman chairperson chairwoman speaker president head leader chief director
  member mp deputy minister ambassador envoy consul representative secretary senator
  governor mayor premier king emir amir prince princess queen sultan rapporteur
  coordinator adviser advisor counsellor spokesperson commissioner marshal acting first
  vice former honorary permanent extraordinary plenipotentiary
  committees commissions councils assemblies conferences forums organisations organizations
  ministries missions embassies institutions agencies bureau bureaus
  relations legislative united arabia emirates zealand korea lanka herzegovina islands
  ties links connexions connections contacts issues matters questions development economy
  health science agrarian agriculture labour labor family women children ecology environment
  natural resources energy industry entrepreneurship regional diaspora transport technologies
  technology associations religious organizations organisations integration justice
  interaction dialogue partnership friendship humanitarian cultural scientific innovation
  digital local self-government governance reforms affairs military interior procedures
  ethics rules mandate immunity standing permanent special joint select audit accounts
  hashemite arab democratic socialist people’s federal principality sultanate grand duchy
  home finance trade commerce tourism communications transport information broadcasting
`);

/** Lowercase words that may join a name's parts (Ahmed bin Zaid, Ursula von der Leyen). */
export const nameParticles = words("bin bint ibn al el de van von der den da di du la le ben abu ould y");

/** Abbreviated titles written like a form of address ("Sen." → "Senator"), from data/honorifics.json. */
export const titleAbbreviations = new Map(Object.entries(honorificData.titleAbbreviations));

/** Honorifics and forms of address that may precede a name (data/honorifics.json), abbreviated titles included. */
export const honorifics = new Set([...honorificData.honorifics, ...titleAbbreviations.keys()]);

/** First words of two-word honorifics whose second word is an honorific ("Tan Sri", "Toh Puan"). */
export const honorificCompoundStarts = new Set(honorificData.compoundFirstWords);

/** Letters after a name that are not part of it ("MBE", "MNA"). */
export const postNominals = new Set(honorificData.postNominals);

/** Lowercase words allowed inside a position between its title and the name. */
export const positionConnectors = words("of the for to in and on at with de");

/** Words that end a position phrase: verbs and clause words (the phrase is not a title then). */
export const positionBreakers = words(`
  had has have met meets meet was were is are will would shall held holds received receives
  said says who which that when where as during while after before led headed by from between
  amongst among including also then than visited visiting arrived greeted welcomed attended
  took take made make discussed noted stressed expressed said told called ranged thanked
  gave give spoke speak hosted host accompanied joined but or not been being its his her
  their our this these those whose whom hold meet meetings visit visits talk talks leave leaves
  leaving go going due planned
`);

/** Phrases that report a meeting, longest first (the first match is the meeting's evidence). */
export const meetingVerb =
  /\b(?:had an? (?:online |video |virtual |telephone |phone )?(?:meeting|conversation|talks?|call) with|held an? (?:online |video |virtual )?(?:meeting|talks) with|held an? (?:online |video |virtual |telephone |phone )?(?:call|conversation)|held talks with|had talks with|met with|meets with|met|meets|has received|received|receives|hosted|welcomed|welcomes|ranged|rang|phoned|called|had a phone call|gather(?:ed)? for an online meeting|had an online meeting|(?:will )?depart(?:ed|s)? for|arrived in|arrives in|paid an? (?:official |working |state )?visit|is on an? (?:official |working |state )?visit|(?:will )?pay an? (?:official |working |state )?visit|gave (?:the )?[\w ]{0,40}?an interview|visited|meetings? between|meetings? (?:was |were )?held with|(?:at|during) the meeting with|talks between|called on|paid (?:(?:him|her|them) )?an? courtesy (?:call|visit)|(?:arranged |had |held )?the meeting with|engagement with|courtesy (?:call|visit) (?:on|to)|made an? (?:telephonic|telephone|phone) (?:contact|call)|telephonic (?:contact|conversation|call) with|talking to|(?:is |are )?(?:leaving|leaves|left) for|(?:is |are )?due to (?:pay|visit|meet|travel|leave|arrive)|will (?:visit|meet|travel to|go to|hold (?:talks|meetings))|(?:is |are )?leading an? (?:\w+ )?delegation|will also hold meetings|(?:is |are )?on an? (?:official|working|state) visit)\b/i;

/** "concluded a three-day visit to Kazakhstan": a visit's start or end reports it (tried only when the text says "visit"). */
export const visitBoundary = /\b(?:concluded|completed|began|started|ended) (?:a|an|his|her|their|the) (?:[\w-]+ ){0,3}?visit\b/i;

/** Verbs that open a new meeting when they bring in new people later in a release. */
export const primaryMeetingVerb =
  /\b(?:had an? (?:online |video |virtual |telephone |phone )?(?:meeting|conversation|talks?) with|held (?:an? )?(?:meeting|talks) with|met with|also met|then met|later met|meets with|has (?:also )?received|also received|then received|received|ranged|phoned)\b/i;

/** Phrases naming people who attend the meeting. */
export const attendanceCue =
  /\b(?:attendance of|attended by|also attended|also attending|in attendance|joined by|accompanied by|delegation (?:includes|included|including|comprises|comprising|consists of)|delegation (?:led|headed) by|(?:led|headed) by|linked up|represented by|took part|takes part|taking part|participated|also present|were present|welcoming party|greeted the delegation|met by)\b/i;

/** Verbs of speaking: their subject took part in the meeting being reported. */
export const speechVerb =
  /\b(?:said|says|stressed|noted|described|praised|talked|thanked|expressed|underlined|underscored|emphasi[sz]ed|pointed|told|informed|mentioned|added|welcomed|greeted|highlighted|spoke|invited|congratulated|offered|conveyed|extended|enquired|inquired|detailed|proposed|voiced|remarked|shared|discussed|exchanged|briefed|touched|referred|reiterated|confirmed|assured|recalled|stated|asked|answered|wished|hailed|lauded|commended|appreciated|presented|handed|explained|outlined|addressed|proceeded|gave|hoped|believed|affirmed|agreed|suggested|urged|acknowledged|stressing|noting|saying|adding|leads|heading|leading|chairing)\b/i;

/** Sentences about the past, outside the reported meeting. */
export const pastContext = /\b(?:had (?:attended|visited|met|been|held|taken|received|hosted|welcomed|signed|adopted|participated|spoken|talked|travelled|traveled|paid)|last (?:year|month|spring|summer|autumn|winter)|years? ago|earlier this year|previously|in the past|back in|in recent years|over the (?:past|last) (?:\w+ )?years|in (?:19|20)\d\d)\b/i;

/** Text just before a name that makes it a mention rather than a participant. */
export const mentionCue =
  /\b(?:(?:greetings?|regards|behalf|message|letter|invitation|congratulations|gratitude|appreciation|thanks|name|memory|instructions?|initiative|leadership|decree|order|words|speech|policy|wishes|centenary|anniversary|birthday|legacy|honou?r|tribute|works|life|heritage|absence) (?:of|from|to)|dedicated to|devoted to)\s+(?:the\s+)?[^.;]{0,80}$/i;

/** "she would brief Prime Minister X", "the Bill, sponsored by Hon. X": named, told or credited, not taking part (tried only when the text holds one of the verbs). */
export const laterReportCue = /\b(?:(?:will|would|shall|to) (?:brief|inform|apprise|update|debrief)|(?:sponsored|authored) by)\s+(?:the\s+)?[^.;]{0,80}$/i;
export const laterReportWords: ReadonlySet<string> = new Set(["brief", "inform", "apprise", "update", "debrief", "sponsored", "authored"]);

/** Words before a title that say the post was held before ("former Speaker", "the then Marshal"). */
export const formerHolder = /\b(?:former|then|late|erstwhile|ex-)\s*$/i;

/** A person who did not take part: "X did not appear before the Committee", "X was absent". */
export const absenceCue = /^[^.;]{0,40}?\b(?:did not|didn['’]t|could not|couldn['’]t|was unable to|were unable to|failed to) (?:appear|attend|take part|participate|join|make it)\b|^,? (?:who )?(?:was|were) absent\b/i;

/** Future or planned events. */
export const announcedCue = /\b(?:will|shall|is to|are to|is due to|are due to|is scheduled|are scheduled|is expected to|are expected to|plans to|is set to|are set to|(?:is|are) leaving for|leaves for|(?:is|are) (?:going|travelling|traveling) to)\b/i;
export const cancelledCue = /\b(?:cancell?ed|postponed|called off)\b/i;
export const phoneCue = /\b(?:phone|telephone|telephonic|ranged|rang|phoned|called(?! on\b| upon\b))\b/i;
export const videoCue = /\b(?:online|video ?conference|video link|via video|virtual(?:ly)?|videoconferencing|video call|web ?conference)\b/i;

/** Taking part in an event: opens the release's first meeting when nothing else does. */
export const engagementCue =
  /\b(?:(?:session|sitting|meeting|hearing|discussion|conference|round ?table) (?:was|were|is) (?:held|convened|opened)\b|(?:held|holds|convened) an? (?:public |joint |special |oversight )?(?:hearing|sitting|session)\b|(?:was|were) chaired by\b|presided over by\b|(?:chaired|attended|attends|addressed|spoke at|speaks at|took part in|takes part in|participated in|participates in|will attend|will take part in|will participate in|will address|put a wreath at|laid a wreath at|laid flowers at|visited)\s+(?:the|a|an)\b|(?:was|were) held (?:today|yesterday|on|in|at|under)\b|under the (?:chairmanship|chairpersonship|presidency) of\b|\bchaired\b|commented on|made speeches|(?:debated|tabled|moved) (?:the|a)\b|(?:will )?give a press conference|(?:an?|the) (?:online |video |virtual )?meeting of the\b)/i;
