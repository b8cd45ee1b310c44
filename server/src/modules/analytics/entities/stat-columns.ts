import { Column, PrimaryColumn } from 'typeorm';

const counter = (name: string): PropertyDecorator => Column({ name, type: 'int', default: 0 });

/** The counters of metrics/window-stats.ts STAT_COLUMNS, keyed by (advisor, Asia/Shanghai day). */
export abstract class StatColumns {
  @PrimaryColumn({ name: 'staff_id', type: 'int' }) staffId: number;
  @PrimaryColumn({ type: 'varchar', length: 10 }) day: string;
  @counter('clients_eod') clientsEod: number;
  @counter('new_clients') newClients: number;
  @counter('lost_clients') lostClients: number;
  @counter('sends_chat') sendsChat: number;
  @counter('sends_mass') sendsMass: number;
  @counter('sends_group_mass') sendsGroupMass: number;
  @counter('sends_moments') sendsMoments: number;
  @counter('sends_share') sendsShare: number;
  @counter('tasks_assigned') tasksAssigned: number;
  @counter('tasks_confirmed') tasksConfirmed: number;
  @counter('open_views') openViews: number;
  @Column({ name: 'dwell_ms_sum', type: 'bigint', default: 0 }) dwellMsSum: number;
  @counter('dwell_b0') dwellB0: number;
  @counter('dwell_b1') dwellB1: number;
  @counter('dwell_b2') dwellB2: number;
  @counter('dwell_b3') dwellB3: number;
  @counter('dwell_b4') dwellB4: number;
  @counter('dwell_b5') dwellB5: number;
  @counter('dwell_b6') dwellB6: number;
  @counter('alerts_created') alertsCreated: number;
  @counter('alerts_handled') alertsHandled: number;
  @Column({ name: 'handle_ms_sum', type: 'bigint', default: 0 }) handleMsSum: number;
  @counter('handle_b0') handleB0: number;
  @counter('handle_b1') handleB1: number;
  @counter('handle_b2') handleB2: number;
  @counter('handle_b3') handleB3: number;
  @counter('handle_b4') handleB4: number;
  @counter('handle_b5') handleB5: number;
  @counter('conversions') conversions: number;
  @Column({ name: 'net_flow', type: 'double', default: 0 }) netFlow: number;
  @counter('compliance_flags') complianceFlags: number;
}
