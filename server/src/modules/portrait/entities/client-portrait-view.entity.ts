import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The sidebar's view of a client's latest portrait (evidence and trajectory included) as compressed JSON
 * (./portrait-codec.ts), ~4 KB. Kept apart from client_portraits so the rows that segments, recommendations and
 * alerts filter on stay narrow: 1,000,000 of them fit in a few hundred megabytes instead of several gigabytes.
 */
@Entity('client_portrait_views')
export class ClientPortraitView {
  @PrimaryColumn({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ type: 'blob' }) portrait: Buffer;
}
