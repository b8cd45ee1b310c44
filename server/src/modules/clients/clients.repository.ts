import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
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

  findByExternalUserIds(externalUserIds: string[]): Promise<Pick<Client, 'id' | 'name' | 'externalUserId'>[]> {
    if (externalUserIds.length === 0) return Promise.resolve([]);
    return this.clients
      .createQueryBuilder('c')
      .select(['c.id', 'c.name', 'c.externalUserId'])
      .where('c.external_userid IN (:...ids)', { ids: externalUserIds })
      .getMany();
  }
}
