import { ElMessage } from 'element-plus';
import 'element-plus/es/components/message/style/css';

/** Toasts are the only place the app talks to ElMessage, so tests and views stay free of the global singleton. */
export function showErrorToast(message: string): void {
  ElMessage({ type: 'error', message, grouping: true, showClose: true });
}

export function showSuccessToast(message: string): void {
  ElMessage({ type: 'success', message, grouping: true });
}
