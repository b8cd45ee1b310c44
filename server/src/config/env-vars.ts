/**
 * Every environment variable the server reads, with its meaning. README's configuration table,
 * .env.example and the deploy-consistency test are checked against this list.
 */
export interface EnvVar {
  name: string;
  description: string;
  default?: string;
  secret?: boolean;
}

export const ENV_VARS: EnvVar[] = [
  { name: 'PORT', description: 'HTTP port', default: '3000' },
  { name: 'HOST', description: 'Bind address', default: '0.0.0.0' },
  { name: 'NODE_ENV', description: 'development | production | test', default: 'development' },
  { name: 'DATABASE_URL', description: 'mysql://user:pass@host:3306/db (MySQL 8, MariaDB ≥ 10.6, TiDB); a server on the same machine: add ?socketPath=/run/mysqld/mysqld.sock; unset → SQLite under DATA_DIR' },
  { name: 'DATA_DIR', description: 'Folder for the embedded SQLite database, demo secrets and local file storage', default: './data' },
  { name: 'REDIS_URL', description: 'redis://host:6379; set → BullMQ queues and shared caches; unset → in-process queue on the database' },
  { name: 'WECOM_CORP_ID', description: 'WeCom CorpID (企业ID)' },
  { name: 'WECOM_AGENT_ID', description: 'AgentId of the self-built app that hosts the sidebar' },
  { name: 'WECOM_SECRET', description: 'Secret of that app; unset (with no WECOM_API_BASE) → built-in WeCom simulator', secret: true },
  { name: 'WECOM_CALLBACK_TOKEN', description: 'Token of the app callback (接收消息)', secret: true },
  { name: 'WECOM_CALLBACK_AES_KEY', description: 'EncodingAESKey of the app callback (43 characters)', secret: true },
  { name: 'WECOM_API_BASE', description: 'qyapi base URL (a proxy or a simulator)', default: 'https://qyapi.weixin.qq.com' },
  { name: 'WECOM_OAUTH_BASE', description: 'OAuth authorize host', default: 'https://open.weixin.qq.com' },
  { name: 'WECOM_CALLBACK_MAX_AGE_S', description: 'Reject callbacks whose timestamp is older than this many seconds; 0 = off', default: '0' },
  { name: 'PII_KEY', description: '32-byte key, base64 (openssl rand -base64 32), encrypting phone, ID and customer numbers', secret: true },
  { name: 'PII_KEY_PREVIOUS', description: 'The previous PII_KEY while rotating: old values still decrypt until `node server/dist/cli/reencrypt-pii.js` has rewritten them', secret: true },
  { name: 'PUBLIC_BASE_URL', description: 'Public https origin used in tracked links and OAuth redirects', default: 'http://127.0.0.1:PORT' },
  { name: 'ADMIN_PASSWORD', description: "Password of the 'admin' user created on first start; unset → generated and printed once", secret: true },
  { name: 'INGEST_API_KEY', description: 'Registers this key for POST /api/ingest/events at start-up', secret: true },
  { name: 'INGEST_DISTINCT_ID', description: 'What distinct_id in ingested events carries: customer_no | unionid | external_userid', default: 'customer_no' },
  { name: 'SESSION_TTL_S', description: 'Session lifetime in seconds', default: '28800' },
  { name: 'ALERT_SWEEP_HOURS', description: 'Shanghai hours (inclusive) in which the daily alert sweep may start, e.g. 8-20', default: '8-20' },
  { name: 'LOG_LEVEL', description: 'debug | info | warn | error', default: 'info' },
  { name: 'ALLOW_SIMULATOR', description: 'Allow the WeCom simulator with NODE_ENV=production (demo deployments only)', default: 'false' },
  { name: 'RUN_MIGRATIONS', description: 'Run pending migrations at start (default: true on SQLite, false on MySQL where the migrate job does it)' },
  { name: 'SHUTDOWN_DELAY_MS', description: 'On SIGTERM, keep serving this long with /readyz failing before closing', default: '5000 in production, else 0' },
  { name: 'S3_BUCKET', description: 'Store material files in this S3-compatible bucket instead of DATA_DIR/storage' },
  { name: 'S3_ENDPOINT', description: 'S3 endpoint (MinIO, COS, OSS, …)', default: 'https://s3.<region>.amazonaws.com' },
  { name: 'S3_REGION', description: 'S3 region for request signing', default: 'us-east-1' },
  { name: 'S3_ACCESS_KEY_ID', description: 'S3 access key (required with S3_BUCKET)', secret: true },
  { name: 'S3_SECRET_ACCESS_KEY', description: 'S3 secret key (required with S3_BUCKET)', secret: true },
  { name: 'S3_SESSION_TOKEN', description: 'S3 session token for temporary credentials', secret: true },
  { name: 'S3_FORCE_PATH_STYLE', description: 'true for path-style bucket URLs (MinIO)', default: 'false' },
  { name: 'S3_PREFIX', description: 'Key prefix inside the bucket' },
  { name: 'WECOM_RATE_LIMIT_PER_MIN', description: 'Calls per minute towards WeCom shared by all instances (Redis token bucket when REDIS_URL is set); WeCom allows 10,000 per API', default: '10000' },
  { name: 'API_PROCESSES', description: 'HTTP processes this API instance runs on one port, e.g. one per core, or auto (needs WORKER_MODE=api and a real WeCom)', default: '1' },
  { name: 'WORKER_MODE', description: 'api | worker | all: whether this process serves HTTP, runs queue workers, or both', default: 'all' },
];
