import type { Scenario } from '../harness/types.js';
import { ingestScenario } from './ingest.js';
import { portraitComputeScenario } from './portrait-compute.js';
import { portraitRecomputeScenario } from './portrait-recompute.js';
import { profileScenario } from './profile.js';
import { screeningScenario } from './screening.js';

/** Every scenario, in the order the table prints them (the full recompute before the profile reads it prepares). */
export const SCENARIOS: Scenario[] = [screeningScenario, portraitComputeScenario, ingestScenario, portraitRecomputeScenario, profileScenario];
