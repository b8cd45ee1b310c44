import type { Scenario } from '../harness/types.js';
import { portraitComputeScenario } from './portrait-compute.js';
import { screeningScenario } from './screening.js';

/** Every scenario, in the order the table prints them. */
export const SCENARIOS: Scenario[] = [screeningScenario, portraitComputeScenario];
