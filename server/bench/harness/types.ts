/** One measured figure, printed as a table row and written to bench/results/*.json. */
export interface ScenarioResult {
  scenario: string;
  metric: string;
  value: number;
  unit: string;
  /** The issue's target, e.g. '≤ 1 ms' (informative; the bench reports, it does not fail). */
  target?: string;
  /** The ceiling measured in the same run (bare Node HTTP server, raw multi-row INSERT, …). */
  ceiling?: { label: string; value: number };
  /** value / ceiling (for throughputs) or ceiling / value (for latencies): 1.0 = as fast as the ceiling. */
  ratio?: number;
  scale: string;
  database?: 'sqlite' | 'mysql' | 'none';
  notes?: string;
  /** Longer text printed after the table and kept in the JSON (e.g. a confusion matrix in Markdown). */
  details?: string;
}

export interface BenchOptions {
  quick: boolean;
  databases: ('sqlite' | 'mysql')[];
  mysqlUrl?: string;
  only?: string[];
  /** Scale multipliers from flags, e.g. --clients 100000 --events 10000000. */
  clients: number;
  events: number;
  segmentClients: number;
  /**
   * Run ANALYZE on the shared SQLite world after seeding (--sqlite-analyze). Without statistics SQLite may read
   * behaviour_events through the wrong index; the flag shows what the same code does once the planner knows better.
   */
  sqliteAnalyze: boolean;
}

export interface Scenario {
  name: string;
  /** Whether the scenario needs a database (then it runs once per database). */
  usesDatabase: boolean;
  run(options: BenchOptions, database: 'sqlite' | 'mysql' | 'none'): Promise<ScenarioResult[]>;
}
