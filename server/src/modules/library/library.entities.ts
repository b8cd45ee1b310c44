import type { EntityClass } from '../../database/entity-class.js';
import { Activity } from './entities/activity.entity.js';
import { ContentCategory } from './entities/category.entity.js';
import { Material, MaterialVariant, MaterialVersion } from './entities/material.entities.js';
import { Script, ScriptVersion } from './entities/script.entities.js';
import { StoredFile, WecomMedia } from './entities/stored-file.entities.js';

/** Entities of the library feature, registered with the data source in database/entities.ts. */
export const LIBRARY_ENTITIES: EntityClass[] = [
  ContentCategory,
  Script,
  ScriptVersion,
  Material,
  MaterialVersion,
  MaterialVariant,
  Activity,
  StoredFile,
  WecomMedia,
];
