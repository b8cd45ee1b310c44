import { Inject, Injectable } from '@nestjs/common';
import { AccessService } from '../../common/access/access.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { notFound } from '../../common/errors/app-error.js';
import { JOB_QUEUE, type JobQueue } from '../../common/queue/job-queue.js';
import type { DepartmentDto, StaffPageDto, StaffQuery, SyncStartedDto, SyncStatusDto } from './dto/org.dto.js';
import { OrgRepository } from './org.repository.js';
import { ORG_SYNC_JOB } from './org-sync.service.js';

@Injectable()
export class OrgService {
  constructor(
    private readonly repo: OrgRepository,
    private readonly access: AccessService,
    @Inject(JOB_QUEUE) private readonly queue: JobQueue,
  ) {}

  async listDepartments(actor: Actor): Promise<DepartmentDto[]> {
    const visible = await this.access.visibleDepartmentIds(actor);
    const rows = await this.repo.findDepartmentsWithStaffCount(visible);
    return rows.map((d) => ({ id: d.id, name: d.name, parentId: d.parentId, path: d.path, staffCount: d.staffCount }));
  }

  async listStaff(actor: Actor, query: StaffQuery): Promise<StaffPageDto> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const scope = await this.access.staffScope(actor);
    let departmentIds: number[] | undefined;
    if (query.departmentId !== undefined) {
      const visible = await this.access.visibleDepartmentIds(actor);
      if (visible !== 'all' && !visible.includes(query.departmentId)) throw notFound('部门');
      departmentIds = await this.access.departmentSubtreeIds(query.departmentId);
    }
    return this.repo.pageStaff({
      departmentIds,
      staffIds: scope.all ? undefined : scope.staffIds,
      q: query.q,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    });
  }

  async startSync(actor: Actor): Promise<SyncStartedDto> {
    const { id } = await this.queue.enqueue(ORG_SYNC_JOB, { requestedBy: actor.staffId });
    return { jobId: id };
  }

  async syncStatus(jobId: string): Promise<SyncStatusDto> {
    const job = await this.queue.get(jobId);
    if (!job || job.name !== ORG_SYNC_JOB) throw notFound('同步任务');
    return { status: job.state, result: job.result as SyncStatusDto['result'], error: job.error };
  }
}
