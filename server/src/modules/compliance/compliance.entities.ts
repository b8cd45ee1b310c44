import type { EntityClass } from '../../database/entity-class.js';
import { LexiconEntryRow, LexiconVersion } from './screening/lexicon.entities.js';
import { ComplianceSetting } from './settings/compliance-setting.entity.js';

/** Entities of the compliance feature, registered with the data source in database/entities.ts. */
export const COMPLIANCE_ENTITIES: EntityClass[] = [LexiconEntryRow, LexiconVersion, ComplianceSetting];
