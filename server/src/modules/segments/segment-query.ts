import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { AccessService } from '../../common/access/access.service.js';
import type { Actor } from '../../common/auth/actor.js';
import { validationFailed } from '../../common/errors/app-error.js';
import { compileFilter, departmentIdsIn } from './filter/compile-filter.js';
import { parseFilter } from './filter/parse-filter.js';
import type { FilterNode } from './filter/filter.types.js';

/**
 * Turns a filter document into a scoped query over `clients c LEFT JOIN client_portraits p`: validated, compiled to
 * a parameterised WHERE, and always combined with the actor's scope (AccessService), so the database does the work.
 */
@Injectable()
export class SegmentQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  /** Throws VALIDATION_FAILED with the path of each bad node. */
  parse(raw: unknown): FilterNode {
    const parsed = parseFilter(raw);
    if (!parsed.filter) throw validationFailed(parsed.issues, '分群条件不正确');
    return parsed.filter;
  }

  async build(actor: Actor, raw: unknown): Promise<SelectQueryBuilder<Record<string, unknown>>> {
    const filter = this.parse(raw);
    const compiled = compileFilter(filter, {
      dialect: this.dataSource.options.type === 'mysql' ? 'mysql' : 'sqlite',
      departmentPaths: await this.departmentPaths(filter),
    });
    const qb = this.dataSource
      .createQueryBuilder()
      .from('clients', 'c')
      .leftJoin('client_portraits', 'p', 'p.client_id = c.id')
      .where(compiled.where, compiled.params);
    return this.access.scopeClients(qb, actor, 'c');
  }

  private async departmentPaths(filter: FilterNode): Promise<Map<number, string>> {
    const named = departmentIdsIn(filter);
    if (named.length === 0) return new Map();
    const rows = await this.dataSource
      .createQueryBuilder()
      .select(['d.id AS id', 'd.path AS path'])
      .from('departments', 'd')
      .where('d.id IN (:...ids)', { ids: [...new Set(named.map((n) => n.id))] })
      .getRawMany<{ id: number | string; path: string }>();
    const paths = new Map(rows.map((r) => [Number(r.id), r.path]));
    const missing = named.filter((n) => !paths.has(n.id));
    if (missing.length > 0) throw validationFailed(missing.map((m) => ({ path: m.path, message: '部门不存在' })), '分群条件不正确');
    return paths;
  }
}
