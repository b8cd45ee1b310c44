import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type StorageConfig, loadStorageConfig } from '../modules/library/storage/storage.config.js';
import { ConfigError, readInt, readString, readUrl } from './env.js';

export interface DatabaseConfig {
  /** 'sqlite' when DATABASE_URL is unset (embedded default), 'mysql' for mysql:// URLs (MySQL, MariaDB, TiDB). */
  type: 'sqlite' | 'mysql';
  url?: string;
  sqlitePath: string;
}

export interface WecomConfig {
  corpId: string;
  agentId: string;
  secret: string;
  callbackToken: string;
  callbackAesKey: string;
  /** qyapi base; undefined → the built-in simulator is started and used. */
  apiBase?: string;
  /** Where the browser is sent for OAuth; the simulator serves its own in simulator mode. */
  oauthBase: string;
  callbackMaxAgeSeconds: number;
  simulator: boolean;
}

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicBaseUrl: string;
  dataDir: string;
  database: DatabaseConfig;
  redisUrl?: string;
  wecom: WecomConfig;
  piiKey: Buffer;
  /** Set during a PII_KEY rotation: values written under it still decrypt until re-encrypted. */
  piiKeyPrevious?: Buffer;
  adminPassword?: string;
  ingestApiKey?: string;
  sessionTtlSeconds: number;
  /** Serve sidebar-h5 and admin builds from these folders when they exist. */
  staticRoots: { sidebar: string; admin: string };
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  demo: boolean;
  /** Material files: local disk under DATA_DIR/storage, or an S3-compatible bucket (S3_*). */
  storage: StorageConfig;
  /** Shanghai hours (inclusive) in which the daily alert sweep may start, so its alerts reach advisors at work. */
  alertSweepHours: { first: number; last: number };
}

/** Demo-mode WeCom identity used by the built-in simulator (keys are random per data folder). */
const SIMULATOR_CORP_ID = 'wwvaluelensdemo01';
const SIMULATOR_AGENT_ID = '1000002';

type Env = Record<string, string | undefined>;

/** 'first-last', whole hours 0–23, first ≤ last. */
function readHourRange(env: Env, name: string, fallback: { first: number; last: number }): { first: number; last: number } {
  const raw = readString(env, name);
  if (raw === undefined) return fallback;
  const match = /^(\d{1,2})-(\d{1,2})$/.exec(raw.trim());
  const [first, last] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(first >= 0 && last <= 23 && first <= last)) throw new ConfigError(`${name} must be hours like 8-20 (0–23, first ≤ last), got "${raw}"`);
  return { first, last };
}

export function loadConfig(env: Env = process.env, repoRoot = findRepoRoot(import.meta.dirname)): AppConfig {
  const nodeEnv = readString(env, 'NODE_ENV', 'development');
  if (nodeEnv !== 'development' && nodeEnv !== 'production' && nodeEnv !== 'test') {
    throw new ConfigError('NODE_ENV must be development, production or test');
  }
  const port = readInt(env, 'PORT', 3000, 0, 65535);
  const host = readString(env, 'HOST', '0.0.0.0')!;
  const dataDir = resolve(readString(env, 'DATA_DIR', join(repoRoot, 'data'))!);
  const databaseUrl = readUrl(env, 'DATABASE_URL', ['mysql:', 'mariadb:', 'sqlite:']);
  const database: DatabaseConfig =
    databaseUrl && !databaseUrl.startsWith('sqlite:')
      ? { type: 'mysql', url: databaseUrl.replace(/^mariadb:/, 'mysql:'), sqlitePath: '' }
      : { type: 'sqlite', sqlitePath: databaseUrl ? databaseUrl.slice('sqlite:'.length) : join(dataDir, 'valuelens.sqlite') };

  const secret = readString(env, 'WECOM_SECRET');
  const apiBase = readUrl(env, 'WECOM_API_BASE', ['http:', 'https:']);
  const simulator = !secret && !apiBase;
  if (nodeEnv === 'production' && simulator && readString(env, 'ALLOW_SIMULATOR') !== 'true') {
    throw new ConfigError('WECOM_SECRET is required in production (set ALLOW_SIMULATOR=true for a demo deployment)');
  }
  const demoSecrets = simulator || nodeEnv !== 'production' ? loadDemoSecrets(dataDir, nodeEnv === 'test') : undefined;

  const wecom: WecomConfig = {
    corpId: readString(env, 'WECOM_CORP_ID', simulator ? SIMULATOR_CORP_ID : undefined) ?? missing('WECOM_CORP_ID'),
    agentId: readString(env, 'WECOM_AGENT_ID', simulator ? SIMULATOR_AGENT_ID : undefined) ?? missing('WECOM_AGENT_ID'),
    secret: secret ?? demoSecrets!.wecomSecret,
    callbackToken: readString(env, 'WECOM_CALLBACK_TOKEN') ?? demoSecrets?.callbackToken ?? missing('WECOM_CALLBACK_TOKEN'),
    callbackAesKey: readString(env, 'WECOM_CALLBACK_AES_KEY') ?? demoSecrets?.callbackAesKey ?? missing('WECOM_CALLBACK_AES_KEY'),
    apiBase: apiBase ?? (secret ? 'https://qyapi.weixin.qq.com' : undefined),
    oauthBase: readString(env, 'WECOM_OAUTH_BASE', 'https://open.weixin.qq.com')!,
    callbackMaxAgeSeconds: readInt(env, 'WECOM_CALLBACK_MAX_AGE_S', 0, 0, 86400 * 30),
    simulator,
  };
  if (wecom.callbackAesKey.length !== 43) throw new ConfigError('WECOM_CALLBACK_AES_KEY must be 43 characters');

  const piiKeyRaw = readString(env, 'PII_KEY') ?? demoSecrets?.piiKey;
  if (!piiKeyRaw) missing('PII_KEY');
  const piiKey = Buffer.from(piiKeyRaw!, 'base64');
  if (piiKey.length !== 32) throw new ConfigError('PII_KEY must be 32 bytes, base64-encoded (openssl rand -base64 32)');

  const previousRaw = readString(env, 'PII_KEY_PREVIOUS');
  const piiKeyPrevious = previousRaw ? Buffer.from(previousRaw, 'base64') : undefined;
  if (piiKeyPrevious && piiKeyPrevious.length !== 32) throw new ConfigError('PII_KEY_PREVIOUS must be 32 bytes, base64-encoded');

  const logLevel = readString(env, 'LOG_LEVEL', nodeEnv === 'test' ? 'warn' : 'info');
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel!)) throw new ConfigError('LOG_LEVEL must be debug, info, warn or error');

  return {
    env: nodeEnv,
    port,
    host,
    publicBaseUrl: (readUrl(env, 'PUBLIC_BASE_URL', ['http:', 'https:']) ?? `http://127.0.0.1:${port}`).replace(/\/$/, ''),
    dataDir,
    database,
    redisUrl: readUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    wecom,
    piiKey,
    piiKeyPrevious,
    adminPassword: readString(env, 'ADMIN_PASSWORD'),
    ingestApiKey: readString(env, 'INGEST_API_KEY'),
    sessionTtlSeconds: readInt(env, 'SESSION_TTL_S', 8 * 3600, 60, 30 * 86400),
    alertSweepHours: readHourRange(env, 'ALERT_SWEEP_HOURS', { first: 8, last: 20 }),
    staticRoots: { sidebar: join(repoRoot, 'sidebar-h5', 'dist'), admin: join(repoRoot, 'admin', 'dist') },
    logLevel: logLevel as AppConfig['logLevel'],
    demo: simulator,
    storage: loadStorageConfig(env, dataDir),
  };
}

/** The monorepo root (the package.json with workspaces), wherever this file was compiled to. */
export function findRepoRoot(from: string): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && 'workspaces' in (JSON.parse(readFileSync(manifest, 'utf8')) as object)) return dir;
    const parent = dirname(dir);
    if (parent === dir) return resolve(from, '../../..');
    dir = parent;
  }
}

function missing(name: string): never {
  throw new ConfigError(`${name} is required when WeCom is configured (see README, Configuration)`);
}

interface DemoSecrets {
  wecomSecret: string;
  callbackToken: string;
  callbackAesKey: string;
  piiKey: string;
}

/**
 * Demo and development only: secrets generated once per data folder so a restart can still decrypt
 * what it stored. Production takes every secret from the environment.
 */
function loadDemoSecrets(dataDir: string, ephemeral: boolean): DemoSecrets {
  const file = join(dataDir, 'demo-secrets.json');
  if (!ephemeral && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as DemoSecrets;
  const secrets: DemoSecrets = {
    wecomSecret: randomBytes(24).toString('base64url'),
    callbackToken: randomBytes(12).toString('base64url'),
    callbackAesKey: randomBytes(32).toString('base64').slice(0, 43),
    piiKey: randomBytes(32).toString('base64'),
  };
  if (!ephemeral) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return secrets;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
