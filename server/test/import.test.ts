import { Client } from '../src/modules/clients/client.entity.js';
import { Holding } from '../src/modules/client-data/entities/holding.entity.js';
import { Product } from '../src/modules/client-data/entities/product.entity.js';
import { Questionnaire } from '../src/modules/client-data/entities/questionnaire.entity.js';
import { Trade } from '../src/modules/client-data/entities/trade.entity.js';
import { PiiVault } from '../src/common/pii/pii-vault.js';
import { makeClient, makeStaff } from './support/factories.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { TEST_ENGINES } from './support/test-database.js';

interface RowError {
  row: number;
  field: string | null;
  code: string;
  message: string;
}

describe.each(TEST_ENGINES)('batch import on %s', (engine) => {
  let t: TestApp;
  let vault: PiiVault;
  let tokens: { hq: string; advisor: string };

  beforeAll(async () => {
    // No queue workers: jobs that other modules enqueue on client.activity are not what these tests are about.
    t = await startTestApp({ engine, workers: false });
    vault = new PiiVault(t.config.piiKey);
    const pw = 'Import-Test-Pass-1';
    const hq = await makeStaff(t.dataSource, { password: pw, role: 'hq' });
    const advisor = await makeStaff(t.dataSource, { password: pw });
    tokens = { hq: await t.login(hq.username!, pw), advisor: await t.login(advisor.username!, pw) };
    await t.dataSource.getRepository(Product).insert({ code: '600519', name: '贵州茅台', category: 'stock', riskLevel: 'R4', isHot: true });
  });
  afterAll(async () => {
    await t.close();
  });

  const runImport = (kind: string, format: 'csv' | 'json', content: string, token = tokens.hq) =>
    t.http().post(`/api/imports/${kind}`).set('Authorization', `Bearer ${token}`).send({ format, content });
  const clientByNo = (customerNo: string) => t.dataSource.getRepository(Client).findOneBy({ customerNoHash: vault.blindIndex(customerNo) });

  it('should read Excel-style CSV: BOM, CRLF, quoted commas and escaped quotes; PII encrypted', async () => {
    const csv = '\uFEFFcustomer_no,name,phone,occupation,risk_level\r\nK1001,"王, 女士",13812345678,"""自由""职业",C3\r\n';
    const res = await runImport('clients', 'csv', csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ kind: 'clients', format: 'csv', status: 'succeeded', total: 1, succeeded: 1, failed: 0, errors: [] });
    const client = await clientByNo('K1001');
    expect(client).toMatchObject({ name: '王, 女士', occupation: '"自由"职业', riskLevel: 'C3', source: 'import' });
    expect(client!.phoneEnc).not.toContain('13812345678');
    expect(vault.decrypt(client!.phoneEnc!)).toBe('13812345678');
    expect(vault.decrypt(client!.customerNoEnc!)).toBe('K1001');
  });

  it('should update by customer number without blanking what a file leaves empty', async () => {
    await runImport('clients', 'csv', 'customer_no,name,phone,occupation\nK1001,王女士,,教师\n');
    const client = await clientByNo('K1001');
    expect(client).toMatchObject({ name: '王女士', occupation: '教师' });
    expect(vault.decrypt(client!.phoneEnc!)).toBe('13812345678');
    expect(await t.dataSource.getRepository(Client).countBy({ customerNoHash: vault.blindIndex('K1001') })).toBe(1);
  });

  it('should report each bad row with row number, field, code and a Chinese message, and import the rest', async () => {
    const csv = [
      'customer_no,name,phone,risk_level,risk_expires_at',
      'K2001,赵一,13900000001,C2,2027-06-30',
      'K2002,,13900000002,C2,',
      'K2003,钱三,abc,C9,2027-02-30',
      'K2001,赵一重复,,,',
      'K2004,孙四,13900000004',
      'K2005,李五,,C5,2027/1/5 09:30',
    ].join('\n');
    const res = await runImport('clients', 'csv', csv);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'partial', total: 6, succeeded: 2, failed: 4 });
    const errors = res.body.errors as RowError[];
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'name', 'REQUIRED'],
      [3, 'phone', 'INVALID_VALUE'],
      [3, 'risk_level', 'INVALID_VALUE'],
      [3, 'risk_expires_at', 'INVALID_VALUE'],
      [4, null, 'DUPLICATE_ROW'],
      [5, null, 'COLUMN_COUNT'],
    ]);
    for (const e of errors) expect(e.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await clientByNo('K2002')).toBeNull();
    // Beijing time when the file states no offset.
    expect((await clientByNo('K2005'))!.riskExpiresAt!.toISOString()).toBe('2027-01-05T01:30:00.000Z');

    const stored = await t.http().get(`/api/imports/${res.body.id}`).set('Authorization', `Bearer ${tokens.hq}`);
    expect(stored.status).toBe(200);
    expect(stored.body.errors).toEqual(errors);
    const list = await t.http().get('/api/imports?kind=clients').set('Authorization', `Bearer ${tokens.hq}`);
    expect(list.body.items[0]).toMatchObject({ id: res.body.id, status: 'partial', failed: 4 });
    expect(list.body.items[0].errors).toBeUndefined();
  });

  it('should refuse an unreadable file with IMPORT_FAILED and still keep the record', async () => {
    const res = await runImport('clients', 'csv', 'customer_no,name,nickname\nK3001,x,y\n');
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_FAILED');
    const record = await t.http().get(`/api/imports/${res.body.details.importId}`).set('Authorization', `Bearer ${tokens.hq}`);
    expect(record.body).toMatchObject({ status: 'failed', errors: [{ row: 0, field: 'nickname', code: 'MALFORMED_FILE', message: '未知的列：nickname' }] });
    const json = await runImport('trades', 'json', '{"not":"an array"}');
    expect(json.status).toBe(400);
    expect(json.body.code).toBe('IMPORT_FAILED');
  });

  it('should adopt a WeCom-only client named by external_userid instead of creating a second one', async () => {
    const wecomOnly = await makeClient(t.dataSource, { name: '微信昵称' });
    const res = await runImport('clients', 'json', JSON.stringify([{ customer_no: 'K4001', name: '周先生', external_userid: wecomOnly.externalUserId }]));
    expect(res.body.status).toBe('succeeded');
    const adopted = await clientByNo('K4001');
    expect(adopted!.id).toBe(wecomOnly.id);
    expect(adopted!.name).toBe('周先生');
  });

  it('should import holdings, trades and questionnaires by customer number, taking risk and category from products', async () => {
    const holdings = [
      { customer_no: 'K1001', product_code: '600519', market_value: 120000, cost_value: 100000, opened_at: '2025-03-01' },
      { customer_no: 'K1001', product_code: 'X999', market_value: 5000, cost_value: 5000 },
      { customer_no: 'NOPE', product_code: '600519', market_value: 1, cost_value: 1 },
      { customer_no: 'K1001', product_code: 'F00001', market_value: 8000, cost_value: 7000, product_category: 'fund_bond', risk_level: 'R2' },
    ];
    const res = await runImport('holdings', 'json', JSON.stringify(holdings));
    expect(res.body).toMatchObject({ status: 'partial', total: 4, succeeded: 2 });
    expect((res.body.errors as RowError[]).map((e) => [e.row, e.code])).toEqual([
      [2, 'PRODUCT_NOT_FOUND'],
      [3, 'CLIENT_NOT_FOUND'],
    ]);
    const clientId = (await clientByNo('K1001'))!.id;
    const stock = await t.dataSource.getRepository(Holding).findOneBy({ clientId, productCode: '600519' });
    expect(stock).toMatchObject({ productCategory: 'stock', riskLevel: 'R4', marketValue: 120000 });

    const trades = 'id,customer_no,time,side,product_code,amount\nT-1,K1001,2026-10-09 10:00:00,买入,600519,50000\n';
    expect((await runImport('trades', 'csv', trades)).body.status).toBe('succeeded');
    expect((await runImport('trades', 'csv', trades.replace('50000', '60000'))).body.status).toBe('succeeded');
    const stored = await t.dataSource.getRepository(Trade).findBy({ id: 'T-1' });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ clientId, side: 'buy', amount: 60000, riskLevel: 'R4', isHotListName: true });

    const sheet = JSON.stringify([{ customer_no: 'K1001', answered_at: '2026-09-01T08:00:00Z', loss_aversion_lambda: 2.4, answers: { horizon: 3 } }]);
    await runImport('questionnaires', 'json', sheet);
    await runImport('questionnaires', 'json', sheet);
    const sheets = await t.dataSource.getRepository(Questionnaire).findBy({ clientId });
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ lossAversionLambda: 2.4, answers: { horizon: 3 } });
  });

  it('should restrict imports to HQ and admin', async () => {
    const res = await runImport('clients', 'csv', 'customer_no,name\nK9,x\n', tokens.advisor);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
    const unknownKind = await runImport('orders', 'csv', 'a\n1\n');
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.code).toBe('VALIDATION_FAILED');
  });
});
