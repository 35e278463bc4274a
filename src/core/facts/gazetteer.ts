// Word lists the entity typer needs. wink's English lite model tags proper nouns but does not say whether
// a name is a person, a place or an organisation; these lists (and the titles before a name) decide.

/** Variants → one canonical place name. Keys are lower case, without dots. */
export const PLACE_ALIASES: Record<string, string> = {
  us: 'United States', usa: 'United States', 'united states': 'United States', 'united states of america': 'United States', america: 'United States',
  uk: 'United Kingdom', 'united kingdom': 'United Kingdom', britain: 'United Kingdom', 'great britain': 'United Kingdom',
  kiev: 'Kyiv', kyiv: 'Kyiv', kharkov: 'Kharkiv', kharkiv: 'Kharkiv', odessa: 'Odesa', odesa: 'Odesa', lvov: 'Lviv', lviv: 'Lviv',
  'russian federation': 'Russia', russia: 'Russia', ukraine: 'Ukraine', 'the ukraine': 'Ukraine',
  'north korea': 'North Korea', dprk: 'North Korea', 'south korea': 'South Korea', uae: 'United Arab Emirates',
  burma: 'Myanmar', myanmar: 'Myanmar', 'ivory coast': "Côte d'Ivoire", czechia: 'Czech Republic', 'czech republic': 'Czech Republic',
  holland: 'Netherlands', netherlands: 'Netherlands', peking: 'Beijing', bombay: 'Mumbai', calcutta: 'Kolkata', 'gaza strip': 'Gaza',
};

/** Known places (lower case); multi-word entries are matched on the whole chunk. */
export const PLACES = new Set([
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain', 'bangladesh',
  'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'bulgaria', 'cambodia', 'cameroon', 'canada', 'chile', 'china',
  'colombia', 'congo', 'croatia', 'cuba', 'cyprus', 'denmark', 'ecuador', 'egypt', 'estonia', 'ethiopia', 'finland',
  'france', 'georgia', 'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras', 'hungary', 'iceland', 'india',
  'indonesia', 'iran', 'iraq', 'ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kosovo',
  'kuwait', 'latvia', 'lebanon', 'libya', 'lithuania', 'luxembourg', 'malaysia', 'mali', 'mexico', 'moldova', 'mongolia',
  'montenegro', 'morocco', 'mozambique', 'nepal', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman', 'pakistan', 'palestine',
  'panama', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'qatar', 'romania', 'rwanda', 'saudi arabia', 'senegal',
  'serbia', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa', 'spain', 'sri lanka', 'sudan', 'sweden',
  'switzerland', 'syria', 'taiwan', 'tajikistan', 'tanzania', 'thailand', 'tunisia', 'turkey', 'turkmenistan', 'uganda',
  'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'yemen', 'zambia', 'zimbabwe', 'europe', 'asia', 'africa',
  'crimea', 'donbas', 'donetsk', 'luhansk', 'kherson', 'zaporizhzhia', 'mariupol', 'bakhmut', 'avdiivka', 'belgorod',
  'bryansk', 'kursk', 'karachev', 'moscow', 'washington', 'london', 'paris', 'berlin', 'beijing', 'tokyo', 'brussels',
  'jerusalem', 'gaza', 'tehran', 'pyongyang', 'seoul', 'ankara', 'warsaw', 'minsk', 'new york', 'rio de janeiro',
  'kremlin', 'west bank', 'middle east', 'black sea', 'baltic', 'siberia', 'california', 'texas', 'florida',
  ...Object.keys(PLACE_ALIASES),
]);

/** Suffixes that make a capitalised chunk a place ("Bryansk Oblast", "Kursk region"). */
export const PLACE_SUFFIXES = new Set(['oblast', 'region', 'province', 'city', 'county', 'state', 'island', 'islands', 'river', 'sea', 'district', 'krai', 'republic']);

/** Words that make a chunk an organisation ("Defense Ministry", "State Department", "New York Times"). */
export const ORG_WORDS = new Set([
  'ministry', 'department', 'administration', 'agency', 'council', 'committee', 'commission', 'parliament', 'congress',
  'senate', 'house', 'court', 'army', 'navy', 'forces', 'force', 'command', 'directorate', 'office', 'bureau', 'party',
  'union', 'university', 'institute', 'bank', 'company', 'corporation', 'corp', 'inc', 'ltd', 'group', 'association',
  'times', 'news', 'post', 'journal', 'press', 'reuters', 'pentagon', 'kremlin', 'nato', 'government', 'cabinet',
  'embassy', 'service', 'services', 'foundation', 'organization', 'organisation', 'federation', 'summit', 'guard', 'police',
]);

/** Organisations known by a short name or acronym. */
export const KNOWN_ORGS: Record<string, string> = {
  nato: 'NATO', un: 'United Nations', 'united nations': 'United Nations', eu: 'European Union', 'european union': 'European Union',
  cnn: 'CNN', abc: 'ABC News', 'abc news': 'ABC News', bbc: 'BBC', nbc: 'NBC News', cbs: 'CBS News', ap: 'Associated Press',
  'associated press': 'Associated Press', reuters: 'Reuters', afp: 'AFP', pentagon: 'Pentagon', 'the pentagon': 'Pentagon',
  kremlin: 'Kremlin', 'the kremlin': 'Kremlin', 'new york times': 'The New York Times', 'the new york times': 'The New York Times',
  nyt: 'The New York Times', 'washington post': 'The Washington Post', g20: 'G20', g7: 'G7', fbi: 'FBI', cia: 'CIA', who: 'WHO',
  imf: 'IMF', 'white house': 'White House', 'state department': 'State Department', 'biden administration': 'Biden administration',
};

// KNOWN_ORGS as a Map, for the lookups of every name of every sentence: a lookup on the object (a dictionary)
// first probes V8's table of property names with a key that is not one, and answers Object.prototype's
// names too ("constructor" was a known organisation whose canonical name was a function).
const KNOWN_ORG_NAMES = new Map(Object.entries(KNOWN_ORGS));

/** The canonical name of an organisation known by this name key ("nato" → "NATO"), else undefined. */
export function knownOrganization(key: string): string | undefined {
  return KNOWN_ORG_NAMES.get(key);
}

/** Titles and roles before a person's name ("President", "Foreign Minister", "spokesperson"). */
export const PERSON_TITLES = new Set([
  'president', 'chancellor', 'minister', 'secretary', 'spokesperson', 'spokesman', 'spokeswoman', 'prime', 'premier',
  'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'general', 'gen', 'admiral', 'colonel', 'col',
  'lieutenant', 'captain', 'sergeant', 'commander', 'chief', 'director', 'ambassador', 'envoy', 'king', 'queen', 'prince',
  'princess', 'pope', 'judge', 'justice', 'dr', 'mr', 'mrs', 'ms', 'professor', 'prof', 'analyst', 'official', 'deputy',
  'leader', 'chairman', 'chairwoman', 'chair', 'ceo', 'founder', 'sheikh', 'emir', 'chancellor', 'speaker',
]);

/** Nicknames → the given name they shorten, so "Matt Miller" and "Matthew Miller" are one person. */
export const NICKNAMES: Record<string, string> = {
  matt: 'matthew', mike: 'michael', bill: 'william', will: 'william', bob: 'robert', rob: 'robert', jim: 'james',
  jimmy: 'james', joe: 'joseph', tom: 'thomas', tony: 'anthony', dan: 'daniel', dave: 'david', steve: 'steven',
  chris: 'christopher', nick: 'nicholas', alex: 'alexander', sasha: 'alexander', liz: 'elizabeth', beth: 'elizabeth',
  kate: 'katherine', katie: 'katherine', sam: 'samuel', ben: 'benjamin', ted: 'edward', ed: 'edward', andy: 'andrew',
  jon: 'jonathan', pete: 'peter', rick: 'richard', dick: 'richard', vlad: 'vladimir',
};

/** Demonyms and adjectives of place that are not themselves places ("Russian", "North Korean"). */
export const DEMONYMS = new Set([
  'russian', 'ukrainian', 'american', 'british', 'german', 'french', 'chinese', 'korean', 'north korean', 'iranian',
  'israeli', 'palestinian', 'european', 'asian', 'african', 'western', 'eastern', 'soviet', 'nato', 'polish', 'turkish',
]);
