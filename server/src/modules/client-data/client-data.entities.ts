import type { EntityClass } from '../../database/entity-class.js';
import { CashFlow } from './entities/cash-flow.entity.js';
import { Holding } from './entities/holding.entity.js';
import { ImportRecord } from './entities/import-record.entity.js';
import { Product } from './entities/product.entity.js';
import { Questionnaire } from './entities/questionnaire.entity.js';
import { Trade } from './entities/trade.entity.js';

/** Entities of the client-data feature, registered with the data source in database/entities.ts. */
export const CLIENT_DATA_ENTITIES: EntityClass[] = [Product, Holding, Trade, CashFlow, Questionnaire, ImportRecord];
