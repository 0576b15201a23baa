// Copies text to the clipboard; where the browser refuses, selects it so the reader can copy by hand.
import type { MoreMessages } from '../../i18n/more';

export type CopyResult = 'copied' | 'select';

export async function copyText(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<CopyResult> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    field?.focus();
    field?.select();
    return 'select';
  }
}

/** What to tell the reader after a copy, in their language. */
export function copyMessage(result: CopyResult, t: MoreMessages): string {
  return result === 'copied' ? t.copied : t.copySelected;
}
