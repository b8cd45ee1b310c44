import type { Scenario } from '../harness/types.js';
import { analyticsScenario } from './analytics.js';
import { campaignFanoutScenario } from './campaign-fanout.js';
import { feedScenario } from './feed.js';
import { ingestScenario } from './ingest.js';
import { landingPageScenario } from './landing-page.js';
import { portraitComputeScenario } from './portrait-compute.js';
import { portraitRecomputeScenario } from './portrait-recompute.js';
import { profileScenario } from './profile.js';
import { screeningScenario } from './screening.js';
import { segmentCountScenario } from './segment-count.js';
import { sidebarScenario } from './sidebar.js';

/** Every scenario, in the order the table prints them (the full recompute before the profile reads it prepares). */
export const SCENARIOS: Scenario[] = [
  screeningScenario,
  portraitComputeScenario,
  ingestScenario,
  portraitRecomputeScenario,
  profileScenario,
  segmentCountScenario,
  campaignFanoutScenario,
  feedScenario,
  landingPageScenario,
  analyticsScenario,
  sidebarScenario,
];
