import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
/** Event properties as sent (JSON); the engine reads the scalar ones it knows (EVENTS.md). */
export type StoredEventProperties = Record<string, unknown>;

/**
 * A client behaviour event (app, content, trading channel). `client_id` stays null until the client
 * behind `distinct_id` is known; it is filled in when that client is created or imported.
 */
@Entity('behaviour_events')
export class BehaviourEvent {
  /** bigint on MySQL (10M+ rows); SQLite's rowid is 64-bit already. Never read by the application. */
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  /** The sender's event id, or a hash of the payload: the idempotency key. */
  @Column({ name: 'event_id', type: 'varchar', length: 64 }) eventId: string;
  @Column({ name: 'client_id', type: 'int', nullable: true }) clientId: number | null;
  /** As stored for lookups: a customer number only ever as its blind index, never in clear. */
  @Column({ name: 'distinct_id', type: 'varchar', length: 64 }) distinctId: string;
  @Column({ type: 'varchar', length: 48 }) name: string;
  @Column({ type: 'datetime', precision: 3 }) time: Date;
  @Column({ type: 'simple-json' }) properties: StoredEventProperties;
  @Column({ name: 'received_at', type: 'datetime', precision: 3 }) receivedAt: Date;
}
