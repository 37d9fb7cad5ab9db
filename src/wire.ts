// The text form of a document's analysis, as worker threads send it and the
// cache stores it: JSON arrays in a fixed order instead of objects, so the key
// names are not repeated for every entity and relation (the text is about half
// as long, and so is the time to write, send, store and parse it).
//
//   [WIRE, id, lang, meta, mentionCount, sentences, entities, relations]
//   sentences  [index, start, end, text, index, start, end, text, …]
//   entity     [key, type, mentions, first, surfaces (name, count, …), label (surface index), names (surface indices), ref?, iso?, acronym?]
//   relation   [relation, source, target, sentences, labels?, through?]
import { fnv1a } from './util/random.js';
import { ENTITY_TYPES, RELATION_INDEX, RELATION_TYPES, type DocAnalysis, type EntityType, type LocalEntity, type LocalRelation } from './types.js';

/** Bump when the layout below changes (the cache schema follows it). */
export const WIRE = 1;

/** A checksum of a wire text (FNV-1a), stored beside it in the cache so damaged rows are caught. */
export const checksum = fnv1a;

type WireEntity = [string, number, number, number, (string | number)[], number, number[], (string | 0)?, (string | 0)?, (string | 0)?];
type WireRelation = [number, number, number, number[], (string[] | 0)?, (number[] | 0)?];

const TYPE_CODES: (EntityType | null)[] = [null, ...ENTITY_TYPES];
const typeCode = new Map(TYPE_CODES.map((t, i) => [t, i]));

export function encodeAnalysis(a: DocAnalysis): string {
  if (a.mentions) throw new Error('wire: mention spans are not part of the wire form');
  const sentences: (number | string)[] = [];
  for (const [i, s] of Object.entries(a.sentences)) sentences.push(Number(i), s.start, s.end, s.text);
  const entities = a.entities.map((e): WireEntity => {
    const surfaces: (string | number)[] = [];
    const index = new Map<string, number>();
    e.surfaces.forEach(([name, n], k) => {
      surfaces.push(name, n);
      index.set(name, k);
    });
    const at = (name: string) => {
      const k = index.get(name);
      if (k !== undefined) return k;
      index.set(name, surfaces.length / 2);
      surfaces.push(name, 0); // a name with no counted mention (kept for exactness)
      return surfaces.length / 2 - 1;
    };
    const w: WireEntity = [e.key, typeCode.get(e.type)!, e.mentions, e.first, surfaces, at(e.label), e.names.map(at)];
    if (e.ref || e.iso || e.acronym) w.push(e.ref ?? 0, e.iso ?? 0, e.acronym ?? 0);
    return w;
  });
  const relations = a.relations.map((r): WireRelation => {
    const w: WireRelation = [RELATION_INDEX[r.relation], r.source, r.target, r.sentences];
    if (r.labels || r.through) w.push(r.labels ?? 0, r.through ?? 0);
    return w;
  });
  return JSON.stringify([WIRE, a.id, a.lang, a.meta, a.mentionCount, sentences, entities, relations]);
}

/** The analysis of a wire text; throws on anything else (a cache row from another layout is not trusted). */
export function decodeAnalysis(text: string): DocAnalysis {
  const w = JSON.parse(text) as unknown[];
  if (!Array.isArray(w) || w[0] !== WIRE || w.length !== 8) throw new Error('wire: not an analysis of this layout');
  const [, id, lang, meta, mentionCount, flat, entities, relations] = w as [number, string, DocAnalysis['lang'], DocAnalysis['meta'], number, (number | string)[], WireEntity[], WireRelation[]];
  const sentences: DocAnalysis['sentences'] = {};
  for (let k = 0; k < flat.length; k += 4) sentences[flat[k] as number] = { start: flat[k + 1] as number, end: flat[k + 2] as number, text: flat[k + 3] as string };
  return {
    id,
    meta,
    lang,
    sentences,
    entities: entities.map(decodeEntity),
    mentionCount,
    relations: relations.map(decodeRelation),
  };
}

function decodeEntity(w: WireEntity): LocalEntity {
  const [key, type, mentions, first, flat, label, names, ref, iso, acronym] = w;
  const all: [string, number][] = [];
  for (let k = 0; k < flat.length; k += 2) all.push([flat[k] as string, flat[k + 1] as number]);
  const e: LocalEntity = { key, type: TYPE_CODES[type]!, label: all[label]![0], names: names.map((k) => all[k]![0]), mentions, surfaces: all.filter(([, n]) => n > 0), first };
  if (ref) e.ref = ref;
  if (iso) e.iso = iso;
  if (acronym) e.acronym = acronym;
  return e;
}

function decodeRelation(w: WireRelation): LocalRelation {
  const [relation, source, target, sentences, labels, through] = w;
  const r: LocalRelation = { relation: RELATION_TYPES[relation]!, source, target, sentences };
  if (labels) r.labels = labels;
  if (through) r.through = through;
  return r;
}
