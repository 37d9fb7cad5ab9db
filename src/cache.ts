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
import { decodeAnalysis, encodeAnalysis, WIRE } from './wire.js';
import { VERSION } from './version.js';

const SCHEMA = 3;

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

export interface CacheStats {
  hits: number;
  misses: number;
}

export class AnalysisCache {
  private readonly db: Database.Database;
  private readonly getStmt: Database.Statement<[string], { analysis: string }>;
  private readonly putStmt: Database.Statement<[string, string]>;
  private readonly idStmt: Database.Statement<[string, string]>;
  private readonly byIdStmt: Database.Statement<[string], { analysis: string }>;
  private pending: [string, string, string][] = [];
  readonly stats: CacheStats = { hits: 0, misses: 0 };

  private constructor(db: Database.Database) {
    this.db = db;
    this.getStmt = db.prepare('SELECT analysis FROM docs WHERE key = ?');
    this.putStmt = db.prepare('INSERT OR REPLACE INTO docs (key, analysis) VALUES (?, ?)');
    this.idStmt = db.prepare('INSERT OR REPLACE INTO ids (id, key) VALUES (?, ?)');
    this.byIdStmt = db.prepare('SELECT d.analysis FROM ids i JOIN docs d ON d.key = i.key WHERE i.id = ?');
  }

  /**
   * Opens (or creates) the cache at path. A file that is not a cache of this
   * extractor version is started afresh; warn() says why.
   */
  static open(path: string, warn: (message: string) => void, fingerprint = extractorFingerprint()): AnalysisCache {
    // NOTE: a cache this version cannot read is never trusted: it is rebuilt (here) or, for merge, not used.
    let db: Database.Database | null = null;
    try {
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      const integrity = db.pragma('quick_check', { simple: true });
      if (integrity !== 'ok') throw new Error(`integrity check: ${String(integrity)}`);
      db.exec('CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL)');
      db.exec('CREATE TABLE IF NOT EXISTS docs (key TEXT PRIMARY KEY, analysis TEXT NOT NULL)');
      db.exec('CREATE TABLE IF NOT EXISTS ids (id TEXT PRIMARY KEY, key TEXT NOT NULL)');
      const row = db.prepare("SELECT v FROM meta WHERE k = 'version'").get() as { v: string } | undefined;
      if (row && row.v !== fingerprint) {
        warn(`${path}: cache from another extractor version: rebuilding it`);
        db.exec('DELETE FROM docs; DELETE FROM ids');
      }
      db.prepare("INSERT OR REPLACE INTO meta (k, v) VALUES ('version', ?)").run(fingerprint);
      return new AnalysisCache(db);
    } catch (err) {
      db?.close();
      warn(`${path}: not a usable cache (${(err as Error).message}): rebuilding it`);
      for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
      const fresh = new Database(path);
      fresh.pragma('journal_mode = WAL');
      fresh.pragma('synchronous = NORMAL');
      fresh.exec('CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL); CREATE TABLE docs (key TEXT PRIMARY KEY, analysis TEXT NOT NULL); CREATE TABLE ids (id TEXT PRIMARY KEY, key TEXT NOT NULL)');
      fresh.prepare("INSERT INTO meta (k, v) VALUES ('version', ?)").run(fingerprint);
      return new AnalysisCache(fresh);
    }
  }

  get(key: string): DocAnalysis | null {
    const row = this.getStmt.get(key);
    if (!row) {
      this.stats.misses++;
      return null;
    }
    try {
      const a = decodeAnalysis(row.analysis);
      this.stats.hits++;
      return a;
    } catch {
      this.stats.misses++;
      return null;
    }
  }

  /** Stores an analysis, and records it as the latest of its document id. */
  put(key: string, analysis: DocAnalysis, json = encodeAnalysis(analysis)): void {
    this.pending.push([key, json, analysis.id]);
    if (this.pending.length >= 500) this.flush();
  }

  /** Records that a document id's latest analysis is the one under key (a cache hit). */
  touch(key: string, id: string): void {
    this.pending.push([key, '', id]);
    if (this.pending.length >= 500) this.flush();
  }

  /** The latest analysis of a document id (what the last build used): for `entigraph merge`. */
  getById(id: string): DocAnalysis | null {
    const row = this.byIdStmt.get(id);
    if (!row) return null;
    try {
      return decodeAnalysis(row.analysis);
    } catch {
      return null;
    }
  }

  /** Commits the pending writes in one transaction. */
  flush(): void {
    if (!this.pending.length) return;
    const rows = this.pending;
    this.pending = [];
    this.db.transaction(() => {
      for (const [k, v, id] of rows) {
        if (v) this.putStmt.run(k, v);
        this.idStmt.run(id, k);
      }
    })();
  }

  close(): void {
    this.flush();
    this.db.close();
  }
}
