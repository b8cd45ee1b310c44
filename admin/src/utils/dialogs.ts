import { ElMessageBox } from 'element-plus';
import 'element-plus/es/components/message-box/style/css';
import { zhCN } from '@/locales/zh-CN';

/** Resolves true when the user confirms, false when they cancel or close the box. */
export async function confirmAction(message: string, title?: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message, title ?? zhCN.common.confirm, {
      confirmButtonText: zhCN.common.confirm,
      cancelButtonText: zhCN.common.cancel,
      type: 'warning',
    });
    return true;
  } catch {
    return false;
  }
}

/** A one-line text prompt; null when cancelled or left empty. */
export async function promptText(message: string, initial = ''): Promise<string | null> {
  try {
    const { value } = await ElMessageBox.prompt(message, {
      inputValue: initial,
      confirmButtonText: zhCN.common.confirm,
      cancelButtonText: zhCN.common.cancel,
    });
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  } catch {
    return null;
  }
}
