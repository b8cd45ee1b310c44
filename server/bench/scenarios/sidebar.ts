import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/app.factory.js';
import { findRepoRoot } from '../../src/config/app-config.js';
import { dataSourceOptions } from '../../src/database/data-source-options.js';
import { seedDemoContent } from '../../src/demo/demo-content.js';
import { seedDemoData } from '../../src/demo/seed-demo-data.js';
import { simulatorSeedFromDatabase } from '../../src/demo/simulator-world.js';
import { PortraitRecomputeService } from '../../src/modules/portrait/recompute/portrait-recompute.service.js';
import { benchConfig, migrate, withBenchDatabase } from '../harness/bench-app.js';
import { initialLoad, lazyChunk } from '../harness/bundle-size.js';
import { runLighthouse } from '../harness/lighthouse.js';
import type { Scenario, ScenarioResult } from '../harness/types.js';

const DEMO_PASSWORD = 'Bench-Demo-Pass-1';
/** A small demo world: the page's weight and speed do not depend on the book size. */
const DEMO_BENCH_SCALE = { branches: 3, advisorsPerBranch: 2, clients: 200, eventsPerClient: 40, months: 12, seed: 20261121 };
const KB = 1024;

/**
 * Issue 7: what the sidebar and the admin download before their first screen (targets: sidebar initial JS
 * ≤ 150 KB, admin first load ≤ 300 KB, gzip), and Lighthouse mobile performance on the sidebar's profile route
 * (target ≥ 90) against a built server in demo mode, landing directly on a client's profile through the demo pick
 * the sidebar restores from sessionStorage (wecom/dev-bridge/demo-pick.ts) — no picker click in the measurement.
 */
export const sidebarScenario: Scenario = {
  name: 'sidebar',
  usesDatabase: false,
  async run(options) {
    const root = findRepoRoot(import.meta.dirname);
    return [...bundleRows(root), ...(await lighthouseRows(options))];
  },
};

function bundleRows(root: string): ScenarioResult[] {
  const sidebarDist = join(root, 'sidebar-h5', 'dist');
  const adminDist = join(root, 'admin', 'dist');
  const sidebar = initialLoad(sidebarDist);
  const route = lazyChunk(sidebarDist, 'PortraitView-', sidebar.files);
  const sdk = lazyChunk(sidebarDist, 'jssdk-adapter-', [...sidebar.files, ...route.files]);
  const admin = initialLoad(adminDist);
  const base = { scenario: 'sidebar', database: 'none' as const };
  return [
    {
      ...base,
      metric: 'sidebar initial JS (gzip)',
      value: sidebar.jsGzip / KB,
      unit: 'KB',
      target: '≤ 150 KB',
      scale: `entry + ${sidebar.files.filter((f) => f.endsWith('.js')).length - 1} static imports`,
      notes: `CSS ${(sidebar.cssGzip / KB).toFixed(1)} KB gzip more`,
    },
    {
      ...base,
      metric: 'sidebar profile route JS (gzip)',
      value: (sidebar.jsGzip + route.jsGzip + sdk.jsGzip) / KB,
      unit: 'KB',
      scale: 'initial + portrait view + WeCom JS-SDK chunks',
      notes: `portrait route ${(route.jsGzip / KB).toFixed(1)} KB (${route.files.length} files), JS-SDK ${(sdk.jsGzip / KB).toFixed(1)} KB`,
    },
    {
      ...base,
      metric: 'admin first load (gzip)',
      value: (admin.jsGzip + admin.cssGzip) / KB,
      unit: 'KB',
      target: '≤ 300 KB',
      scale: `entry + ${admin.files.length - 1} static imports and stylesheets`,
      notes: `JS ${(admin.jsGzip / KB).toFixed(1)} KB + CSS ${(admin.cssGzip / KB).toFixed(1)} KB`,
    },
  ];
}

async function lighthouseRows(options: Parameters<Scenario['run']>[0]): Promise<ScenarioResult[]> {
  return withBenchDatabase('sqlite', options, async (db) => {
    await migrate(db);
    const config = benchConfig(db);
    const seedDs = await new DataSource(dataSourceOptions(db.config)).initialize();
    let simulatorSeed;
    try {
      await seedDemoData(seedDs, config, DEMO_BENCH_SCALE, DEMO_PASSWORD);
      simulatorSeed = await simulatorSeedFromDatabase(seedDs);
    } finally {
      await seedDs.destroy();
    }
    const running = await createApp(config, { workers: true, serveApps: true, simulatorSeed });
    try {
      await seedDemoContent(running.app, running.dataSource);
      await running.app.get(PortraitRecomputeService).recomputeAll({ jobId: 'bench-sidebar', attempt: 1 });
      await running.app.listen(0, '127.0.0.1');
      const { port } = running.app.getHttpServer().address() as { port: number };
      running.simulator?.setCallbackUrl(`http://127.0.0.1:${port}/api/wecom/callback`);
      const pick = await demoPick(running.dataSource);
      const run = await runLighthouse({ url: `http://127.0.0.1:${port}/sidebar/#/portrait`, sessionStorage: { 'vl.demo.pick': JSON.stringify(pick) } });
      const onProfile = run.bodyText.includes(pick.chat.name);
      return [
        {
          scenario: 'sidebar',
          metric: 'Lighthouse mobile performance',
          value: run.score,
          unit: '',
          target: '≥ 90',
          scale: 'profile route, demo boot, default mobile throttling',
          database: 'none',
          notes:
            `FCP ${fmt(run.fcpMs)} ms, LCP ${fmt(run.lcpMs)} ms, TBT ${fmt(run.tbtMs)} ms, CLS ${run.cls.toFixed(3)}; ` +
            (onProfile ? `measured on ${pick.chat.name}'s profile` : `WARNING: the page did not show the client's profile (${run.finalUrl})`),
        },
      ];
    } finally {
      await running.close();
    }
  });
}

/** The demo pick for the advisor with the most clients, chatting with the first of them (DemoPick in the sidebar). */
async function demoPick(ds: DataSource) {
  const rows = await ds.query<{ userid: string; member: string; external_userid: string; client: string }[]>(
    `SELECT s.wecom_userid AS userid, s.name AS member, c.external_userid, c.name AS client
       FROM client_follows f JOIN staff s ON s.id = f.staff_id JOIN clients c ON c.id = f.client_id
      WHERE f.state = 'active' AND s.wecom_userid IS NOT NULL
        AND s.id = (SELECT staff_id FROM client_follows WHERE state = 'active' GROUP BY staff_id ORDER BY COUNT(*) DESC LIMIT 1)
      ORDER BY c.id`,
  );
  const first = rows[0];
  if (!first) throw new Error('demo world has no followed clients');
  return {
    userid: first.userid,
    memberName: first.member,
    chat: { kind: 'contact' as const, externalUserId: first.external_userid, name: first.client },
    contactIds: rows.map((r) => r.external_userid),
  };
}

const fmt = (ms: number): string => ms.toFixed(0);
