// The extraction cache: each document's analysis, keyed by a hash of its id,
// text and metadata, in an embedded SQLite database (better-sqlite3). A re-run
// re-analyses only new or changed documents. The cache belongs to one
// extractor version (code version + the data files' contents): any other
// version, or a file that is not a valid cache, is rebuilt with a warning,
// never trusted. Writes are batched in transactions, so an interrupted run
// leaves a valid cache (SQLite rolls back what was not committed).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { EXTRACTOR_VERSION } from './extract/index.js';
import type { DocAnalysis, SourceDoc } from './types.js';
import { DATA_DIR } from './util/paths.js';
import { checksum, decodeAnalysis, encodeAnalysis, WIRE } from './wire.js';
import { VERSION } from './version.js';

const SCHEMA = 4;

/** The extractor version the cache is valid for: code version and a hash of every data file. */
export function extractorFingerprint(dataDir = DATA_DIR): string {
  const h = createHash('sha256');
  h.update(`entigraph ${VERSION} extractor ${EXTRACTOR_VERSION} schema ${SCHEMA} wire ${WIRE}\n`);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else h.update(`${p.slice(dataDir.length)}\n`).update(readFileSync(p));
    }
  };
  walk(dataDir);
  return h.digest('hex').slice(0, 24);
}

/** Content key of a document: everything its analysis depends on. */
export function docKey(doc: SourceDoc): string {
  return createHash('sha256').update(doc.id).update('\0').update(doc.text).update('\0').update(JSON.stringify(doc.meta)).digest('base64url');
}

/** Each row keeps a checksum of its text (computed where the text is made, in a worker): damage inside a row's bytes is caught, not trusted. */
const TABLES = 'CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, analysis TEXT NOT NULL, sum INTEGER NOT NULL); CREATE TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY, key TEXT NOT NULL)';

interface Row {
  analysis: string;
  sum: number;
}

export interface CacheStats {
  hits: number;
  misses: number;
}

export class AnalysisCache {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string], Row>;
  private readonly putStmt: Database.Statement<[string, string, number]>;
  private readonly idStmt: Database.Statement<[string, string]>;
  private readonly byIdStmt: Database.Statement<[string], Row>;
  private pending: [key: string, text: string, sum: number, id: string][] = [];
  readonly stats: CacheStats = { hits: 0, misses: 0 };
  /** SQLite reported damage while reading or writing: the cache is not used again and is removed at close. */
  private damaged = false;

  private constructor(
    db: Database.Database,
    private readonly path: string,
    private readonly warn: (message: string) => void,
    /** The extractor version it holds analyses of. */
    readonly fingerprint: string,
  ) {
    this.db = db;
    this.getStmt = db.prepare('SELECT analysis, sum FROM docs WHERE key = ?');
    this.putStmt = db.prepare('INSERT OR REPLACE INTO docs (key, analysis, sum) VALUES (?, ?, ?)');
    this.idStmt = db.prepare('INSERT OR REPLACE INTO ids (id, key) VALUES (?, ?)');
    this.byIdStmt = db.prepare('SELECT d.analysis, d.sum FROM ids i JOIN docs d ON d.key = i.key WHERE i.id = ?');
  }

  /**
   * Opens (or creates) the cache at path. A file that is not a cache of this
   * extractor version is started afresh; warn() says why.
   */
  static open(path: string, warn: (message: string) => void, fingerprint = extractorFingerprint()): AnalysisCache {
    // NOTE: a cache this version cannot read is never trusted: it is rebuilt (here) or, for merge, not used.
    try {
      return new AnalysisCache(setUp(path, fingerprint, warn), path, warn, fingerprint);
    } catch (err) {
      warn(`${path}: not a usable cache (${(err as Error).message}): rebuilding it`);
      removeCacheFiles(path);
      return new AnalysisCache(setUp(path, fingerprint, warn), path, warn, fingerprint);
    }
  }

  get(key: string): DocAnalysis | null {
    const a = this.read(this.getStmt, key);
    if (a) this.stats.hits++;
    else this.stats.misses++;
    return a;
  }

  /** Stores an analysis, and records it as the latest of its document id. */
  put(key: string, analysis: DocAnalysis, json = encodeAnalysis(analysis), sum = checksum(json)): void {
    this.pending.push([key, json, sum, analysis.id]);
    if (this.pending.length >= 500) this.flush();
  }

  /** False once damage was found: nothing more is read from or written to it. */
  get usable(): boolean {
    return !this.damaged;
  }

  /** A lookup made elsewhere (by a worker thread, see CacheReader): counted like get(). */
  count(hit: boolean): void {
    if (hit) this.stats.hits++;
    else this.stats.misses++;
  }

  /** Records that a document id's latest analysis is the one under key (a cache hit). */
  touch(key: string, id: string): void {
    this.pending.push([key, '', 0, id]);
    if (this.pending.length >= 500) this.flush();
  }

  /** The latest analysis of a document id (what the last build used): for `entigraph merge`. */
  getById(id: string): DocAnalysis | null {
    return this.read(this.byIdStmt, id);
  }

  /** The analysis a query finds, or null: none, or damage (an SQLite error, a wrong checksum or layout: a warning). */
  private read(stmt: Database.Statement<[string], Row>, arg: string): DocAnalysis | null {
    if (this.damaged) return null;
    try {
      const row = stmt.get(arg);
      return row ? decodeAnalysis(verified(row)) : null;
    } catch (err) {
      this.damage(err);
      return null;
    }
  }

  /** Commits the pending writes in one transaction. */
  flush(): void {
    if (!this.pending.length) return;
    const rows = this.pending;
    this.pending = [];
    if (this.damaged) return;
    try {
      this.db.transaction(() => {
        for (const [k, v, sum, id] of rows) {
          if (v) this.putStmt.run(k, v, sum);
          this.idStmt.run(id, k);
        }
      })();
    } catch (err) {
      this.damage(err);
    }
  }

  private damage(err: unknown): void {
    this.markDamaged((err as Error).message);
  }

  /** Damage was found (here, by a worker's CacheReader, or in a text that does not decode): say so once, stop using the cache, remove it at close (the next run starts afresh). */
  markDamaged(reason: string): void {
    if (this.damaged) return;
    this.damaged = true;
    this.warn(`${this.path}: the cache is damaged (${reason}): not used for the rest of this run, and rebuilt by the next one`);
  }

  close(): void {
    this.flush();
    this.db.close();
    if (this.damaged) removeCacheFiles(this.path);
  }
}

/**
 * Read-only access to a cache from a worker thread (the main thread's
 * AnalysisCache has opened and checked it first). Throws on damage: an SQLite
 * error or a wrong checksum. (The text is decoded where it is used: see
 * buildCorpusGraph.)
 */
export class CacheReader {
  private readonly db: Database.Database;
  private stmt: Database.Statement<[string], Row> | null = null;

  constructor(path: string, timeoutMs = 5000) {
    this.db = new Database(path, { readonly: true, fileMustExist: true, timeout: timeoutMs });
  }

  /** The stored wire text of key and its checksum, or null (also when the file stays locked by another writer: that is not damage). */
  get(key: string): { json: string; sum: number } | null {
    let row: Row | undefined;
    try {
      this.stmt ??= this.db.prepare('SELECT analysis, sum FROM docs WHERE key = ?');
      row = this.stmt.get(key);
    } catch (err) {
      if (/^SQLITE_(BUSY|LOCKED)/.test((err as { code?: string }).code ?? '')) return null;
      throw err;
    }
    return row ? { json: verified(row), sum: row.sum } : null;
  }

  close(): void {
    this.db.close();
  }
}

/** A row's text, if its checksum holds. */
function verified(row: Row): string {
  if (checksum(row.analysis) !== row.sum) throw new Error('checksum mismatch');
  return row.analysis;
}

/**
 * The database at path, set up for this extractor version: WAL journal, the
 * tables, the version recorded. Tables of another version are dropped (with a
 * warning). Throws if the file is not a database; closes it first.
 */
function setUp(path: string, fingerprint: string, warn: (message: string) => void): Database.Database {
  const db = new Database(path);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // NOTE: no PRAGMA quick_check here: it reads the whole file (seconds for a big
    // cache, on every run). A damaged page shows up as an SQLite error when it is
    // read, damaged row bytes as a checksum mismatch; either way the cache is
    // dropped for the rest of the run and removed (see AnalysisCache.damage).
    db.exec('CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
    const row = db.prepare("SELECT v FROM meta WHERE k = 'version'").get() as { v: string } | undefined;
    if (row && row.v !== fingerprint) {
      warn(`${path}: cache from another extractor version: rebuilding it`);
      db.exec('DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS ids');
    }
    db.exec(TABLES);
    db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('version', ?)").run(fingerprint);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The file beside a cache that holds the aggregate of its last build (graph/snapshot.ts). */
export function snapshotPathOf(cachePath: string): string {
  return `${cachePath}.snapshot`;
}

function removeCacheFiles(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  rmSync(snapshotPathOf(path), { force: true });
}
