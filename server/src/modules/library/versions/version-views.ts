import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../../common/clock.js';
import type { ContentVersionColumns } from '../entities/content-columns.js';
import { ContentStore } from './content-store.js';
import { staffIdsOf, type VersionWorkflowDto, workflowView } from './version.dto.js';

/** Turns version rows into response DTOs with staff names resolved in one query. */
@Injectable()
export class VersionViews {
  constructor(
    private readonly store: ContentStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async workflow(version: ContentVersionColumns): Promise<VersionWorkflowDto> {
    return workflowView(version, await this.store.staffNames(staffIdsOf(version)), this.clock.now());
  }

  async names(versions: readonly (ContentVersionColumns | null)[]): Promise<Map<number, string>> {
    return this.store.staffNames(versions.flatMap((version) => (version ? staffIdsOf(version) : [])));
  }

  now(): Date {
    return this.clock.now();
  }
}
