import { describe, expect, it } from 'vitest';
import { auditApi } from '@/api/audit';
import { detailsLine, emptyAuditForm, parseClientId, toAuditFilter } from './audit-query';

describe('toAuditFilter', () => {
  it('leaves empty fields out so they do not filter', () => {
    expect(toAuditFilter({ ...emptyAuditForm(), action: '  ' })).toEqual({ action: undefined, targetType: undefined, targetId: undefined });
  });

  it('turns the picked days into Beijing midnights with an exclusive end', () => {
    const filter = toAuditFilter({ ...emptyAuditForm(), action: ' send. ', days: ['2026-11-01', '2026-11-02'] });
    expect(filter.action).toBe('send.');
    expect(filter.from).toBe('2026-10-31T16:00:00.000Z');
    expect(filter.to).toBe('2026-11-02T16:00:00.000Z');
  });

  it('serialises into the CSV export link', () => {
    const filter = toAuditFilter({ action: 'send.confirmed', targetType: 'send', targetId: '', days: ['2026-11-01', '2026-11-01'] });
    expect(auditApi.exportUrl(filter)).toBe(
      '/api/audit/export?action=send.confirmed&targetType=send&from=2026-10-31T16%3A00%3A00.000Z&to=2026-11-01T16%3A00%3A00.000Z&format=csv',
    );
  });
});

describe('parseClientId', () => {
  it('accepts positive whole numbers only', () => {
    expect(parseClientId(' 42 ')).toBe(42);
    expect(parseClientId('0')).toBeNull();
    expect(parseClientId('4.2')).toBeNull();
    expect(parseClientId('abc')).toBeNull();
    expect(parseClientId('')).toBeNull();
  });
});

describe('detailsLine', () => {
  it('is empty without details and shortens long ones', () => {
    expect(detailsLine(null)).toBe('');
    expect(detailsLine({})).toBe('');
    expect(detailsLine({ a: 1 })).toBe('{"a":1}');
    const line = detailsLine({ text: 'x'.repeat(200) }, 20);
    expect(line).toHaveLength(20);
    expect(line.endsWith('…')).toBe(true);
  });
});
