import type { ClientRiskLevel } from '@valuelens/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from '../../database/timestamps.js';

/**
 * A brokerage client, known to WeCom as an external contact. Customer number, phone and ID number are
 * PII: stored encrypted (`*_enc`, AES-256-GCM with PII_KEY) with a keyed hash for exact lookups.
 */
@Entity('clients')
export class Client {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'external_userid', type: 'varchar', length: 64, nullable: true }) externalUserId: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) unionid: string | null;
  @Column({ type: 'varchar', length: 64 }) name: string;
  @Column({ type: 'varchar', length: 512, nullable: true }) avatar: string | null;
  @Column({ type: 'varchar', length: 8, nullable: true }) gender: 'male' | 'female' | null;
  @Column({ name: 'age_band', type: 'varchar', length: 16, nullable: true }) ageBand: string | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) occupation: string | null;
  @Column({ name: 'customer_no_enc', type: 'varchar', length: 255, nullable: true }) customerNoEnc: string | null;
  @Column({ name: 'customer_no_hash', type: 'varchar', length: 64, nullable: true }) customerNoHash: string | null;
  @Column({ name: 'phone_enc', type: 'varchar', length: 255, nullable: true }) phoneEnc: string | null;
  @Column({ name: 'phone_hash', type: 'varchar', length: 64, nullable: true }) phoneHash: string | null;
  @Column({ name: 'id_no_enc', type: 'varchar', length: 255, nullable: true }) idNoEnc: string | null;
  @Column({ name: 'risk_level', type: 'varchar', length: 2, nullable: true }) riskLevel: ClientRiskLevel | null;
  @Column({ name: 'risk_assessed_at', type: 'datetime', precision: 3, nullable: true }) riskAssessedAt: Date | null;
  @Column({ name: 'risk_expires_at', type: 'datetime', precision: 3, nullable: true }) riskExpiresAt: Date | null;
  @Column({ type: 'varchar', length: 16, default: 'wecom' }) source: string;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
