import { generateClient, type GenerationCatalog } from './generate-client.js';
import { generateOrg, type OrgRows } from './org.js';
import { generateProducts, productsByCategory } from './products.js';
import type { ClientBundle, GeneratorOptions } from './types.js';

export const DEFAULT_AS_OF = Date.UTC(2026, 10, 1);

export interface Dataset extends GenerationCatalog, OrgRows {
  options: GeneratorOptions;
  asOf: number;
  /** Clients one at a time, in index order; iterate again to regenerate identically. */
  clients(): Generator<ClientBundle>;
}

/** Deterministic synthetic brokerage: org, products and a lazily generated client stream with planted archetypes. */
export function generateDataset(options: GeneratorOptions): Dataset {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const org = generateOrg(options);
  const products = generateProducts(options.seed);
  const byCategory = productsByCategory(products);
  const catalog: GenerationCatalog = {
    org,
    products,
    byCategory,
    hotEquity: products.filter((p) => p.isHot && (p.category === 'stock' || p.category === 'fund_equity')),
    stocks: byCategory.stock,
  };
  return {
    ...catalog,
    ...org,
    options,
    asOf,
    *clients() {
      for (let i = 0; i < options.clients; i++) yield generateClient(i, options, catalog, asOf);
    },
  };
}
