import { Module } from '@nestjs/common';
import { PiiVault } from '../../common/pii/pii-vault.js';
import { BehaviourEventStore } from './behaviour-event.store.js';
import { DistinctIdMapping } from './distinct-id-mapping.js';
import { INGEST_CONFIG, type IngestConfig, loadIngestConfig } from './ingest-config.js';
import { IngestController } from './ingest.controller.js';
import { IngestService } from './ingest.service.js';
import { PendingEventLinker } from './pending-event-linker.js';

/** POST /api/ingest/events (神策 track batches) and the linking of events that arrived before their client. */
@Module({
  controllers: [IngestController],
  providers: [
    { provide: INGEST_CONFIG, useFactory: () => loadIngestConfig() },
    { provide: DistinctIdMapping, inject: [INGEST_CONFIG, PiiVault], useFactory: (c: IngestConfig, vault: PiiVault) => new DistinctIdMapping(c.distinctIdMode, vault) },
    BehaviourEventStore,
    IngestService,
    PendingEventLinker,
  ],
  exports: [PendingEventLinker, DistinctIdMapping],
})
export class IngestModule {}
