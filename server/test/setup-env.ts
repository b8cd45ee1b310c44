import { logger } from '../src/common/logging/logger.js';

// Tests never touch the developer's data folder or a real WeCom, and only errors are logged.
process.env.NODE_ENV = 'test';
delete process.env.WECOM_SECRET;
delete process.env.WECOM_API_BASE;
logger.setLevel('error');
