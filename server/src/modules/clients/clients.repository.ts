import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository, type SelectQueryBuilder } from 'typeorm';
import { escapeLike } from '../org/org.repository.js';
import { ClientFollow } from './client-follow.entity.js';
import { Client } from './client.entity.js';

@Injectable()
export class ClientsRepository {
  constructor(
    @InjectRepository(Client) private readonly clients: Repository<Client>,
    @InjectRepository(ClientFollow) private readonly follows: Repository<ClientFollow>,
  ) {}

  findByExternalUserId(externalUserId: string): Promise<Client | null> {
    return this.clients.findOneBy({ externalUserId });
  }

  findById(id: number): Promise<Client | null> {
    return this.clients.findOneBy({ id });
  }

  findActiveFollow(clientId: number, staffId: number): Promise<ClientFollow | null> {
    return this.follows.findOneBy({ clientId, staffId, state: 'active' });
  }

  /** Name contains `q`, or an exact customer number / phone through their blind indexes; scoped by the caller. */
  async search(
    scope: (qb: SelectQueryBuilder<Client>) => Promise<SelectQueryBuilder<Client>>,
    filter: { nameLike?: string; hashes: string[]; offset: number; limit: number },
  ): Promise<{ rows: (Client & { advisorName: string | null })[]; total: number }> {
    const qb = await scope(this.clients.createQueryBuilder('c'));
    if (filter.nameLike !== undefined) {
      qb.andWhere(
        new Brackets((w) => {
          w.where('c.name LIKE :name', { name: `%${escapeLike(filter.nameLike!)}%` });
          if (filter.hashes.length) w.orWhere('c.customer_no_hash IN (:...hashes) OR c.phone_hash IN (:...hashes)', { hashes: filter.hashes });
        }),
      );
    }
    const total = await qb.getCount();
    const rows = await qb
      .addSelect(
        "(SELECT s.name FROM client_follows f JOIN staff s ON s.id = f.staff_id WHERE f.client_id = c.id AND f.state = 'active' ORDER BY f.id LIMIT 1)",
        'advisorName',
      )
      .orderBy('c.id', 'ASC')
      .offset(filter.offset)
      .limit(filter.limit)
      .getRawAndEntities();
    return {
      total,
      rows: rows.entities.map((entity, i) => Object.assign(entity, { advisorName: (rows.raw[i] as { advisorName?: string | null }).advisorName ?? null })),
    };
  }

  findByExternalUserIds(externalUserIds: string[]): Promise<Pick<Client, 'id' | 'name' | 'externalUserId'>[]> {
    if (externalUserIds.length === 0) return Promise.resolve([]);
    return this.clients
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.externalUserId'])
      .where('c.external_userid IN (:...ids)', { ids: externalUserIds })
      .getMany();
  }
}
