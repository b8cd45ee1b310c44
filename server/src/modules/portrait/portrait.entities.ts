import type { EntityClass } from '../../database/entity-class.js';
import { ClientPortraitView } from './entities/client-portrait-view.entity.js';
import { ClientPortrait } from './entities/client-portrait.entity.js';
import { ClientTagHistory } from './entities/client-tag-history.entity.js';
import { ClientTag } from './entities/client-tag.entity.js';
import { PortraitSnapshot } from './entities/portrait-snapshot.entity.js';
import { RecomputeProgress } from './entities/recompute-progress.entity.js';
import { PortraitRuleSet } from './entities/rule-set.entity.js';

/** Entities of the portrait feature, registered with the data source in database/entities.ts. */
export const PORTRAIT_ENTITIES: EntityClass[] = [PortraitRuleSet, ClientPortrait, ClientPortraitView, PortraitSnapshot, ClientTag, ClientTagHistory, RecomputeProgress];
