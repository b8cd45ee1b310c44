import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, parseAllDocuments } from 'yaml';
import { ENV_VARS } from '../src/config/env-vars.js';

/**
 * The deploy files (Dockerfile, Compose, Kubernetes, nginx) and docs/OPERATIONS.md must agree with the server:
 * the variables it reads, its port, probe paths, worker modes and built entry points. Parsed statically; no
 * Docker engine or cluster is needed.
 */
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string): string => readFileSync(join(REPO, path), 'utf8');

const KNOWN_VARS = new Set(ENV_VARS.map((v) => v.name));
const PORT = ENV_VARS.find((v) => v.name === 'PORT')?.default ?? 'PORT has no default';
const PRODUCTION_SECRETS = ['WECOM_SECRET', 'WECOM_CALLBACK_TOKEN', 'WECOM_CALLBACK_AES_KEY', 'PII_KEY'];
const SERVER_ENTRY = 'server/dist/main.js';
const MIGRATE_CLI = 'server/dist/cli/migrate.js';
/** Read by the MySQL container and interpolated into DATABASE_URL by Compose; never by the server. */
const COMPOSE_ONLY_VARS = new Set(['MYSQL_ROOT_PASSWORD', 'MYSQL_PASSWORD']);

// ---- Compose ----------------------------------------------------------------------------------------------
interface ComposeService {
  build?: unknown;
  command?: string[];
  environment?: Record<string, string | number | boolean | null>;
  expose?: Array<string | number>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition?: string }>;
}
const composeText = read('deploy/docker-compose.yml');
const compose = parse(composeText, { merge: true }) as { services: Record<string, ComposeService> };
const services = Object.entries(compose.services);
const appServices = services.filter(([, s]) => s.build !== undefined);
const composeService = (name: string): ComposeService => compose.services[name] ?? fail(`no Compose service ${name}`);
const composeEnv = (s: ComposeService): Record<string, string> =>
  Object.fromEntries(Object.entries(s.environment ?? {}).map(([k, v]) => [k, String(v ?? '')]));
const namesOfRole = (role: 'api' | 'worker'): string[] =>
  services.map(([name]) => name).filter((name) => (role === 'api' ? /^api-\d+$/ : /^worker/).test(name));
const interpolated = (text: string): string[] =>
  [...text.replace(/^\s*#.*$/gm, '').matchAll(/\$\{([A-Za-z0-9_]+)/g)].map((m) => m[1]!);

// ---- Kubernetes -------------------------------------------------------------------------------------------
interface Probe { httpGet?: { path: string; port: string | number } }
interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: Array<{ name?: string; containerPort: number }>;
  env?: Array<{ name: string; value?: string; valueFrom?: { secretKeyRef?: unknown; configMapKeyRef?: unknown } }>;
  envFrom?: Array<{ configMapRef?: { name: string }; secretRef?: { name: string } }>;
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
}
interface PodTemplate {
  metadata: { labels: Record<string, string>; annotations?: Record<string, string> };
  spec: { containers: Container[] };
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec: {
    template: PodTemplate;
    selector: Record<string, string> & { matchLabels?: Record<string, string> };
    ports: Array<{ port: number; targetPort: string | number }>;
    scaleTargetRef: { name: string };
  };
}
const K8S = 'deploy/k8s';
const yamlFilesUnder = (dir: string): string[] =>
  readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFilesUnder(posix.join(dir, e.name)) : e.name.endsWith('.yaml') ? [posix.join(dir, e.name)] : [],
  );
const manifestFiles = yamlFilesUnder(K8S).filter((f) => !f.endsWith('/kustomization.yaml'));
const manifests = manifestFiles.flatMap((f) => parseAllDocuments(read(f)).map((d) => d.toJS() as Manifest));
const manifest = (kind: string, name: string): Manifest =>
  manifests.find((m) => m.kind === kind && m.metadata.name === name) ?? fail(`no ${kind} ${name} in ${K8S}`);
const WORKLOADS = { api: manifest('Deployment', 'valuelens-api'), worker: manifest('Deployment', 'valuelens-worker') };
const migrateJob = manifest('Job', 'valuelens-migrate');
const appContainers = [...Object.values(WORKLOADS), migrateJob].map((m) => m.spec.template.spec.containers[0]!);

type EnvSource = 'literal' | 'configMap' | 'secret';
/** Where each variable of a container comes from, as the kubelet resolves it (env wins over envFrom). */
function containerEnv(c: Container): Map<string, { source: EnvSource; value?: string }> {
  const env = new Map<string, { source: EnvSource; value?: string }>();
  for (const ref of c.envFrom ?? []) {
    const source = ref.secretRef ? manifest('Secret', ref.secretRef.name) : manifest('ConfigMap', ref.configMapRef!.name);
    for (const [name, value] of Object.entries(source.stringData ?? source.data ?? {}))
      env.set(name, { source: ref.secretRef ? 'secret' : 'configMap', value });
  }
  for (const e of c.env ?? []) {
    const source: EnvSource = e.valueFrom?.secretKeyRef ? 'secret' : e.valueFrom?.configMapKeyRef ? 'configMap' : 'literal';
    env.set(e.name, { source, value: e.value });
  }
  return env;
}
const portNumber = (c: Container, port: string | number): number =>
  typeof port === 'number' ? port : (c.ports?.find((p) => p.name === port)?.containerPort ?? NaN);
const kustomization = (dir: string) =>
  parse(read(`${dir}/kustomization.yaml`)) as { resources: string[]; images: Array<Record<string, string>> };

// ---- nginx ------------------------------------------------------------------------------------------------
interface NginxDirective { name: string; args: string[]; block?: NginxDirective[] }
function parseNginx(text: string): NginxDirective[] {
  const root: NginxDirective[] = [];
  const stack = [root];
  let words: string[] = [];
  for (const token of text.match(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|#[^\n]*|[{};]|[^\s{};]+/g) ?? []) {
    if (token.startsWith('#')) continue;
    const current = stack[stack.length - 1]!;
    if (token === ';' || token === '{') {
      const directive: NginxDirective = { name: words[0]!, args: words.slice(1) };
      current.push(directive);
      if (token === '{') stack.push((directive.block = []));
      words = [];
    } else if (token === '}') stack.pop();
    else words.push(token.replace(/^(["'])(.*)\1$/s, '$2'));
  }
  return root;
}
const nginx = parseNginx(read('deploy/nginx/valuelens.conf'));
const all = (block: NginxDirective[], name: string): NginxDirective[] => block.filter((d) => d.name === name);
const arg = (block: NginxDirective[], name: string): string | undefined => all(block, name)[0]?.args.join(' ');
const nginxServers = all(nginx, 'server').map((s) => s.block!);
const httpsServer = nginxServers.find((s) => all(s, 'listen').some((l) => l.args.includes('ssl'))) ?? fail('no TLS server block');
/** The location nginx would pick for a path (exact, then ^~/longest prefix, then first matching regex). */
function locationFor(server: NginxDirective[], path: string): NginxDirective[] {
  const locations = all(server, 'location').map((l) => ({ args: l.args, block: l.block! }));
  const exact = locations.find((l) => l.args[0] === '=' && l.args[1] === path);
  if (exact) return exact.block;
  const prefixes = locations
    .filter((l) => l.args.length === 1 || l.args[0] === '^~')
    .filter((l) => path.startsWith(l.args[l.args.length - 1]!))
    .sort((a, b) => b.args[b.args.length - 1]!.length - a.args[a.args.length - 1]!.length);
  if (prefixes[0]?.args[0] === '^~') return prefixes[0].block;
  const regex = locations.find((l) => (l.args[0] === '~' || l.args[0] === '~*') && new RegExp(l.args[1]!).test(path));
  return regex?.block ?? prefixes[0]?.block ?? fail(`no location for ${path}`);
}
/** Value of an nginx `map` for an input, as nginx evaluates it (regex entries start with ~). */
function mapValue(variable: string, input: string): string | undefined {
  const map = all(nginx, 'map').find((m) => m.args[1] === variable) ?? fail(`no map for ${variable}`);
  const entries = map.block!.map((e) => ({ key: e.name, value: e.args.join(' ') }));
  const hit = entries.find((e) => (e.key.startsWith('~') ? new RegExp(e.key.slice(1)).test(input) : e.key === input));
  return (hit ?? entries.find((e) => e.key === 'default'))?.value;
}

// ---- Dockerfile -------------------------------------------------------------------------------------------
const dockerfile = read('deploy/Dockerfile').replace(/\\\n/g, ' ');
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
const instruction = (name: string): string[] =>
  [...runtimeStage.matchAll(new RegExp(`^${name}\\s+(.*)$`, 'gm'))].map((m) => m[1]!.trim());

/** Fails unless server/tsconfig.build.json compiles an existing source file to the given built path. */
function expectBuiltFromSource(distPath: string): void {
  const { compilerOptions = {} } = JSON.parse(read('server/tsconfig.build.json')) as {
    compilerOptions?: { rootDir?: string; outDir?: string };
  };
  const { rootDir = '.', outDir = 'dist' } = compilerOptions;
  const inOutDir = posix.relative(posix.join('server', outDir), distPath).replace(/\.js$/, '.ts');
  const source = posix.join('server', rootDir, inOutDir);
  if (existsSync(join(REPO, source))) return;
  const hint = posix.normalize(rootDir) === 'src' ? '' : ` With rootDir "src", server/src/${inOutDir} would be built there.`;
  throw new Error(
    `"node ${distPath}" needs ${source} (server/tsconfig.build.json: rootDir "${rootDir}", outDir "${outDir}"), ` +
      `which does not exist.${hint}`,
  );
}

function fail(message: string): never {
  throw new Error(message);
}

describe('deploy files agree with the server', () => {
  describe('environment variables', () => {
    it('should give the app containers only variables the server reads', () => {
      const names = [
        ...appServices.flatMap(([, s]) => Object.keys(composeEnv(s))),
        ...appContainers.flatMap((c) => [...containerEnv(c).keys()]),
        ...instruction('ENV').flatMap((line) => [...line.matchAll(/([A-Z_][A-Z0-9_]*)=/g)].map((m) => m[1]!)),
      ];
      expect(names.filter((n) => !KNOWN_VARS.has(n))).toEqual([]);
    });

    it('should interpolate only known variables in Compose, each listed in deploy/.env.example', () => {
      const used = new Set(interpolated(composeText));
      const template = new Set([...read('deploy/.env.example').matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]!));
      expect([...used].filter((n) => !KNOWN_VARS.has(n) && !COMPOSE_ONLY_VARS.has(n))).toEqual([]);
      expect([...used].filter((n) => !template.has(n))).toEqual([]);
      expect([...template].filter((n) => !used.has(n))).toEqual([]);
    });

    it('should keep secrets out of the ConfigMap', () => {
      const secretNames = ENV_VARS.filter((v) => v.secret).map((v) => v.name);
      const configMapKeys = Object.keys(manifest('ConfigMap', 'valuelens-config').data ?? {});
      expect(configMapKeys.filter((n) => secretNames.includes(n))).toEqual([]);
    });

    it('should require every production secret for the API and the worker in Compose', () => {
      for (const name of [...namesOfRole('api'), ...namesOfRole('worker')]) {
        const env = composeEnv(composeService(name));
        // ${NAME:?message} makes Compose refuse to start without the value.
        for (const secret of PRODUCTION_SECRETS)
          expect(`${name}: ${env[secret]}`).toMatch(new RegExp(`^${name}: \\$\\{${secret}:\\?`));
      }
    });

    it('should supply every production secret to the API, the worker and the migration from a Secret', () => {
      for (const c of appContainers) {
        const env = containerEnv(c);
        expect(PRODUCTION_SECRETS.map((s) => `${c.name}: ${s} from ${env.get(s)?.source}`)).toEqual(
          PRODUCTION_SECRETS.map((s) => `${c.name}: ${s} from secret`),
        );
      }
    });

    it('should document every variable in docs/OPERATIONS.md exactly as env-vars.ts defines it', () => {
      const cell = (text: string): string => text.replace(/\|/g, '\\|');
      const expected = ENV_VARS.map((v) => {
        const defaultValue = v.default === undefined ? '—' : `\`${v.default}\``;
        return `| \`${v.name}\` | ${defaultValue} | ${v.secret ? 'yes' : ''} | ${cell(v.description)} |`;
      });
      const documented = read('docs/OPERATIONS.md').split('\n').filter((line) => /^\| `[A-Z0-9_]+` \|/.test(line));
      expect(documented).toEqual(expected);
    });
  });

  describe('ports', () => {
    it('should run the image on PORT', () => {
      expect(instruction('EXPOSE')).toEqual([PORT]);
      expect(instruction('ENV').join(' ')).toContain(`PORT=${PORT}`);
    });

    it('should expose PORT on every Compose app instance and balance over exactly the API instances in nginx', () => {
      for (const [name, s] of appServices) {
        expect(`${name}: ${composeEnv(s).PORT}`).toBe(`${name}: ${PORT}`);
        expect(s.expose?.map(String)).toContain(PORT);
      }
      const upstream = all(nginx, 'upstream').find((u) => u.args[0] === 'valuelens_api')?.block ?? fail('no upstream valuelens_api');
      const targets = all(upstream, 'server').map((s) => s.args[0]!);
      expect(targets.sort()).toEqual(namesOfRole('api').map((n) => `${n}:${PORT}`).sort());
      const proxied = nginxServers.flatMap((s) => all(s, 'location')).flatMap((l) => all(l.block!, 'proxy_pass'));
      expect(new Set(proxied.map((p) => p.args[0]))).toEqual(new Set(['http://valuelens_api']));
    });

    it('should publish the ports nginx listens on', () => {
      const listened = new Set(nginxServers.flatMap((s) => all(s, 'listen')).map((l) => l.args[0]!.replace(/^\[::\]:/, '')));
      expect(composeService('nginx').ports?.map((p) => p.split(':').pop()).sort()).toEqual([...listened].sort());
    });

    it('should use PORT for the Kubernetes containers, probes, scrape annotation and Service', () => {
      expect(manifest('ConfigMap', 'valuelens-config').data?.PORT).toBe(PORT);
      for (const workload of Object.values(WORKLOADS)) {
        const c = workload.spec.template.spec.containers[0]!;
        expect(c.ports?.map((p) => p.containerPort)).toEqual([Number(PORT)]);
        for (const probe of [c.readinessProbe, c.livenessProbe, c.startupProbe].filter((p) => p !== undefined))
          expect(portNumber(c, probe.httpGet!.port)).toBe(Number(PORT));
        expect(workload.spec.template.metadata.annotations?.['prometheus.io/port']).toBe(PORT);
      }
      const service = manifest('Service', 'valuelens-api');
      const api = WORKLOADS.api.spec.template;
      expect(service.spec.ports.map((p) => portNumber(api.spec.containers[0]!, p.targetPort))).toEqual([Number(PORT)]);
      expect(api.metadata.labels).toMatchObject(service.spec.selector);
      expect(WORKLOADS.worker.spec.template.metadata.labels).not.toMatchObject(service.spec.selector);
    });
  });

  describe('probes and roles', () => {
    it('should probe readiness on /readyz and liveness on /healthz', () => {
      for (const workload of Object.values(WORKLOADS)) {
        const c = workload.spec.template.spec.containers[0]!;
        expect([c.readinessProbe?.httpGet?.path, c.livenessProbe?.httpGet?.path]).toEqual(['/readyz', '/healthz']);
        if (c.startupProbe) expect(c.startupProbe.httpGet?.path).toBe('/healthz');
      }
      expect(instruction('HEALTHCHECK').join(' ')).toMatch(new RegExp(`\\(process\\.env\\.PORT \\|\\| ${PORT}\\) \\+ '/healthz'`));
    });

    it('should run API instances with WORKER_MODE=api and workers with WORKER_MODE=worker', () => {
      expect(namesOfRole('api').length).toBeGreaterThanOrEqual(2);
      for (const role of ['api', 'worker'] as const) {
        for (const name of namesOfRole(role)) expect(`${name}: ${composeEnv(composeService(name)).WORKER_MODE}`).toBe(`${name}: ${role}`);
        const env = containerEnv(WORKLOADS[role].spec.template.spec.containers[0]!);
        expect(env.get('WORKER_MODE')?.value).toBe(role);
      }
    });

    it('should scale and protect the API Deployment', () => {
      expect(manifest('HorizontalPodAutoscaler', 'valuelens-api').spec.scaleTargetRef.name).toBe('valuelens-api');
      const budget = manifest('PodDisruptionBudget', 'valuelens-api').spec.selector.matchLabels;
      expect(WORKLOADS.api.spec.template.metadata.labels).toMatchObject(budget ?? {});
    });
  });

  describe('entry points', () => {
    it('should start the server with the built main file in the image, Compose and Kubernetes', () => {
      expect(instruction('CMD').map((line) => JSON.parse(line) as unknown)).toEqual([['node', SERVER_ENTRY]]);
      expect(appServices.filter(([name]) => name !== 'migrate').map(([, s]) => s.command).filter(Boolean)).toEqual([]);
      expect(Object.values(WORKLOADS).map((w) => w.spec.template.spec.containers[0]!.command).filter(Boolean)).toEqual([]);
      expectBuiltFromSource(SERVER_ENTRY);
    });

    it('should run the migration CLI before the API and the worker start', () => {
      expect(composeService('migrate').command).toEqual(['node', MIGRATE_CLI]);
      expect(migrateJob.spec.template.spec.containers[0]!.command).toEqual(['node', MIGRATE_CLI]);
      for (const name of [...namesOfRole('api'), ...namesOfRole('worker')])
        expect(`${name}: ${composeService(name).depends_on?.migrate?.condition}`).toBe(`${name}: service_completed_successfully`);
      expectBuiltFromSource(MIGRATE_CLI);
    });

    it('should roll out and migrate the same image', () => {
      expect(new Set(appContainers.map((c) => c.image))).toEqual(new Set(['valuelens']));
      expect(kustomization(`${K8S}/migrate`).images).toEqual(kustomization(K8S).images);
    });

    it('should list every manifest in a kustomization, except the Secret template', () => {
      const listed = [K8S, `${K8S}/migrate`].flatMap((dir) => kustomization(dir).resources.map((r) => posix.join(dir, r)));
      expect(listed.filter((f) => !existsSync(join(REPO, f)))).toEqual([]);
      expect(manifestFiles.filter((f) => !listed.includes(f))).toEqual([`${K8S}/secret.example.yaml`]);
    });
  });

  describe('nginx', () => {
    it('should accept material uploads of 20 MB', () => {
      const [, amount = '0', unit = ''] = /^(\d+)([kmg]?)$/i.exec(arg(httpsServer, 'client_max_body_size') ?? '1m') ?? [];
      const megabytes = Number(amount) * ({ k: 1 / 1024, m: 1, g: 1024 }[unit.toLowerCase()] ?? 1 / 1024 ** 2);
      expect(megabytes).toBeGreaterThanOrEqual(20);
    });

    it('should forward client address, scheme and request id on every proxied path', () => {
      const headers = all(httpsServer, 'proxy_set_header').map((h) => h.args[0]);
      expect(headers).toEqual(expect.arrayContaining(['X-Forwarded-For', 'X-Forwarded-Proto', 'X-Request-Id', 'Host']));
      // A location with its own proxy_set_header would silently drop all of the server-level ones.
      expect(all(httpsServer, 'location').filter((l) => all(l.block!, 'proxy_set_header').length > 0)).toEqual([]);
    });

    it('should stream the feed unbuffered and keep /metrics off the Internet', () => {
      expect(arg(locationFor(httpsServer, '/api/feed/stream'), 'proxy_buffering')).toBe('off');
      expect(arg(locationFor(httpsServer, '/metrics'), 'return')).toBe('404');
    });

    it('should cache hashed assets for a year and revalidate the app pages', () => {
      for (const app of ['sidebar', 'admin']) {
        const location = locationFor(httpsServer, `/${app}/assets/index-1a2b3c.js`);
        expect([arg(location, 'proxy_hide_header'), arg(location, 'add_header')]).toEqual([
          'Cache-Control',
          'Cache-Control $valuelens_app_cache_control',
        ]);
        expect(mapValue('$valuelens_app_cache_control', `/${app}/assets/index-1a2b3c.js`)).toMatch(/max-age=31536000, immutable/);
        expect(mapValue('$valuelens_app_cache_control', `/${app}/index.html`)).toBe('no-cache');
      }
    });

    it('should serve the WeCom verification file from the mounted folder over http and https', () => {
      const mount = composeService('nginx').volumes?.find((v) => v.startsWith('./nginx/wecom-verify:'))?.split(':')[1];
      for (const server of nginxServers) expect(arg(locationFor(server, '/WW_verify_AbC123xyz.txt'), 'root')).toBe(mount);
    });
  });
});
