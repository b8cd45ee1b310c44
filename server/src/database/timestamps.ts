import { CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** created_at / updated_at with millisecond precision on both engines. */
export const CreatedAt = (): PropertyDecorator => CreateDateColumn({ name: 'created_at', type: 'datetime', precision: 3 });
export const UpdatedAt = (): PropertyDecorator => UpdateDateColumn({ name: 'updated_at', type: 'datetime', precision: 3 });
