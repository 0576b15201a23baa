// Copies text to the clipboard; where the browser refuses, selects it so the reader can copy by hand.

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

export const COPY_MESSAGES: Record<CopyResult, string> = {
  copied: 'Copied to the clipboard.',
  select: 'This browser did not allow copying. The text is selected: press Ctrl+C (⌘C on a Mac) to copy it.',
};
