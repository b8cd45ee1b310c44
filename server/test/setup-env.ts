// Tests never touch the developer's data folder or a real WeCom.
process.env.NODE_ENV = 'test';
delete process.env.WECOM_SECRET;
delete process.env.WECOM_API_BASE;
