import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { Client } from '../modules/clients/client.entity.js';
import type { SimulatorSeed } from '../wecom/simulator/seed.js';
import { seedDemoData } from './seed-demo-data.js';
import { simulatorSeedFromDatabase } from './simulator-world.js';

/** The embedded demo: ≈ 3 sales offices, 30 advisors, 3,000 clients (issue: foundation, demo seed). */
export const DEMO_SCALE = { branches: 3, advisorsPerBranch: 10, clients: 3000, eventsPerClient: 40, months: 12, seed: 20261121 };

/**
 * Seeds the demo world on the first start only (a second start keeps all data), then describes the
 * same world to the WeCom simulator so WeCom and our database agree.
 */
export async function prepareDemoWorld(
  dataSource: DataSource,
  config: AppConfig,
  demoPassword: string | undefined,
): Promise<{ simulatorSeed: SimulatorSeed; summary: string }> {
  const existing = await dataSource.getRepository(Client).count();
  let summary: string;
  if (existing === 0) {
    const seeded = await seedDemoData(dataSource, config, DEMO_SCALE, demoPassword);
    summary = `seeded ${seeded.clients} clients, ${seeded.advisors} advisors in ${seeded.departments} departments; demo logins ${seeded.logins.join(', ')} (same password as admin)`;
  } else {
    summary = `${existing} clients (kept from earlier runs)`;
  }
  return { simulatorSeed: await simulatorSeedFromDatabase(dataSource), summary };
}
