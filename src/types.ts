// Shared types: the contracts between the pipeline's stages
// (corpus → extract → resolve → relate → graph → export) and the graph.json
// contract the viewer reads.

export type EntityType = 'person' | 'organization' | 'country' | 'location';
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'country', 'location'];

export type RelationType = 'co-mention' | 'statement' | 'role';
export const RELATION_TYPES: readonly RelationType[] = ['co-mention', 'statement', 'role'];
/** A relation's position in RELATION_TYPES: its number in wire texts and numeric keys. */
export const RELATION_INDEX = Object.fromEntries(RELATION_TYPES.map((r, i) => [r, i])) as Record<RelationType, number>;

export type Lang = 'vi' | 'en';

// ---------------------------------------------------------------- corpus

/** Metadata a page or JSONL record states about itself. */
export interface DocMeta {
  title?: string;
  date?: string;
  url?: string;
  author?: string;
  /** The outlet or agency the article credits ("Theo Reuters", "Nguồn: …"). */
  source?: string;
}

/** One document as read from the input, before any analysis. */
export interface SourceDoc {
  /** File path relative to its input folder, `path#line` for JSONL without an id, or the JSONL "id". */
  id: string;
  /** The text exactly as read (UTF-8 decoded, BOM removed; HTML already turned into text). */
  text: string;
  meta: DocMeta;
  /** Where it came from, for error messages ("corpus/a.jsonl:12"). */
  origin: string;
}

export interface Span {
  start: number;
  end: number;
}

/** A document ready for extraction: the text plus the sentences worth reading. */
export interface PreparedDoc {
  id: string;
  text: string;
  meta: DocMeta;
  lang: Lang;
  /** Content sentences in text order; boilerplate, bylines and captions of no content are left out. */
  sentences: Span[];
  /** The first dateline's place and agency, read before a content line ("TBILISI, Georgia (AP) —"), if any. */
  dateline?: Span;
}

// ---------------------------------------------------------------- extract

/** A name found in a sentence. Offsets are JS string offsets into PreparedDoc.text. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** null: a name whose type only the rest of the corpus can tell (e.g. a bare surname). */
  type: EntityType | null;
  /** Index into PreparedDoc.sentences. */
  sentence: number;
  /** The rule that produced the mention, kept for tracing a wrong node to its cause. */
  rule: string;
  /** Lookup key (folded surface form, see extract/normalize). */
  key: string;
  /** Set when a gazetteer knows the entity: a stable id such as "country:RU". */
  ref?: string;
  /** ISO 3166-1 alpha-2 code of a country. */
  iso?: string;
  /** Acronym defined next to the name: "Tổ chức Y tế Thế giới (WHO)". */
  acronym?: string;
  /** Mention index of another name of the same person given next to this one ("X, tên thật là Y"). */
  sameAs?: number;
  /** A relative's word right before the name ("his son X", "con trai X"): X is named as someone's relative. */
  relative?: boolean;
  /** The gender of the honorific right before the name ("ông X": male, "bà X": female). */
  gender?: 'male' | 'female';
}

/** A title attached to a person in the text: "Tổng thống Nga Vladimir Putin". */
export interface RoleCue {
  /** Mention index of the person. */
  person: number;
  /** Mention index of the organization/country the title is of, if named. */
  of: number | null;
  /** The title as written ("Tổng thống", "người phát ngôn"). */
  title: string;
  sentence: number;
  /** Item index of the title in its sentence; -1 for a title inside an office's name ("Văn phòng Thủ tướng X"). */
  item: number;
}

/** A title used in place of a name: "Tổng thống Ukraine cho biết" (item index in its sentence). */
export interface TitleRef {
  sentence: number;
  item: number;
  title: string;
  /** Mention index of the organization/country, if named. */
  of: number | null;
}

/**
 * One sentence as a sequence of items: names (with their mention index), titles,
 * honorifics, pronouns, cue words, reporting verbs, punctuation, other words.
 * This is what relate reads to find who said what.
 */
export type Item =
  | NameItem
  | { k: 'title'; s: number; e: number }
  | { k: 'hon'; s: number; e: number }
  | { k: 'pron'; s: number; e: number; gender: 'male' | 'female' | 'any' }
  | { k: 'loc-cue' | 'org-cue'; s: number; e: number }
  /** key: the folded preposition, of one word ("tại", "to"; null for "villages of"). */
  | { k: 'place-prep'; s: number; e: number; key: string | null }
  | { k: 'verb'; s: number; e: number; nominal: boolean; text: string }
  | { k: 'punct'; s: number; e: number; ch: string }
  | { k: 'word'; s: number; e: number; key: string; time: boolean };

export interface NameItem {
  k: 'name';
  /** Token range [s, e) in the sentence. */
  s: number;
  e: number;
  type: EntityType | null;
  rule: string;
  ref?: string;
  iso?: string;
  /** Capitalised only because of its position (sentence start, after a quote or colon). */
  forced: boolean;
  /** A gazetteer name that is also a common word or given name ("Nga", "Đức"). */
  ambiguous?: boolean;
  /** A gazetteer name that is a common word at the start of a sentence ("Anh" = he). */
  weakStart?: boolean;
  /** Kind of a gazetteer place (city, region, sea, …). */
  kind?: string;
  /** Index into DocExtraction.mentions once the name is kept; -1 if dropped. */
  mention?: number;
  /** Acronym defined right after it: "Tổ chức Y tế Thế giới (WHO)". */
  acronym?: string;
  /** Another known place these words name, a state ("Georgia": the country, and the US state), read where the document names states. */
  alt?: string;
  /** The mention's key where it is not its text's: a country's body ("Russia's Defence Ministry" → "defence ministry nga"). */
  key?: string;
  /** The name this one is another name of, given beside it: a company's stock ticker after its short name ("Ngân hàng X (Xylobank, mã XLB)"). */
  sameAs?: NameItem;
}

/** Everything extraction finds in one document: a pure function of the PreparedDoc. */
export interface DocExtraction {
  mentions: Mention[];
  roles: RoleCue[];
  titleRefs: TitleRef[];
  /** Items of each sentence (same indices as PreparedDoc.sentences). */
  items: Item[][];
}

// ---------------------------------------------------------------- resolve/relate (per document)

/** A document-level entity: the mentions of one document that name the same thing. */
export interface LocalEntity {
  /** Corpus-level lookup key: the gazetteer ref, or type + folded best name. */
  key: string;
  type: EntityType | null;
  /** Best (longest, most complete) name seen in the document. */
  label: string;
  /** Every surface form in the document. */
  names: string[];
  ref?: string;
  iso?: string;
  acronym?: string;
  mentions: number;
  /** Each surface form with its number of mentions. */
  surfaces: [string, number][];
  /** Index of the first sentence that names it. */
  first: number;
}

export interface Evidence {
  doc: string;
  text: string;
  /** Offsets of the sentence in the document text. */
  start: number;
  end: number;
}

/** A relation within one document between two local entities (indices into DocAnalysis.entities). */
export interface LocalRelation {
  relation: RelationType;
  source: number;
  target: number;
  /** Sentence indices supporting the relation (one per sentence: weight = count). */
  sentences: number[];
  /** For roles and statements: the title or reporting verb of each sentence (same order). */
  labels?: string[];
  /** When the evidence of a sentence runs on into the next ones ("X cho biết. “…”"): its last sentence (same order). */
  through?: number[];
}

/** The per-document result that is cached and merged: small, text kept only for evidence. */
export interface DocAnalysis {
  id: string;
  meta: DocMeta;
  lang: Lang;
  /** Sentences referenced by relations or mentions, for evidence (index → span + text). */
  sentences: Record<number, { start: number; end: number; text: string }>;
  entities: LocalEntity[];
  /** Number of mentions kept. */
  mentionCount: number;
  /** Mention spans with their entity index, for `entigraph extract` (left out when building a graph). */
  mentions?: { start: number; end: number; text: string; entity: number; sentence: number; rule: string }[];
  relations: LocalRelation[];
}

// ---------------------------------------------------------------- graph.json contract

export interface NodeAttributes {
  label: string;
  entityType: EntityType;
  aliases: string[];
  /** Mentions of each alias (same order as aliases, most frequent first). */
  aliasCounts: number[];
  /** Acronym the articles define for it ("WHO"). */
  acronym?: string;
  /** Number of mentions across the corpus. */
  mentions: number;
  /** Ids of the documents that mention it (capped; see documentCount). */
  documents: string[];
  documentCount: number;
  iso?: string;
  x: number;
  y: number;
  size: number;
  color: string;
  community: number;
  degree: number;
  weightedDegree: number;
  pagerank: number;
  /** The first sentences that name it (capped). */
  evidence: Evidence[];
}

export interface EdgeAttributes {
  relation: RelationType;
  /** Number of supporting sentences. */
  weight: number;
  label: string;
  /** For roles and statements: each title or reporting verb with its number of sentences. */
  labelCounts?: Record<string, number>;
  documents: string[];
  documentCount: number;
  evidence: Evidence[];
  size?: number;
  color?: string;
}

export interface GraphDocument {
  id: string;
  title?: string;
  date?: string;
  url?: string;
  author?: string;
  source?: string;
  lang: Lang;
}

export interface GraphAttributes {
  generator: string;
  version: string;
  documents: GraphDocument[];
  documentCount: number;
  /** Set on a graph cut down for the viewer page (or with --prune): the full graph's size and the limits applied. */
  pruned?: { nodes: number; edges: number; maxNodes: number | null; maxEdges: number | null; minWeight: number };
}
