import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A risk questionnaire (风险测评) result; λ only when the questionnaire asks mixed-gamble questions. */
@Entity('questionnaires')
export class Questionnaire {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'client_id', type: 'int' }) clientId: number;
  @Column({ name: 'loss_aversion_lambda', type: 'double', nullable: true }) lossAversionLambda: number | null;
  @Column({ type: 'simple-json' }) answers: Record<string, string | number | boolean | null>;
  @Column({ name: 'answered_at', type: 'datetime', precision: 3 }) answeredAt: Date;
}
