// The Embed dialog's choice of how the map looks in the article: its theme, and whether it has a header.
import { useMoreT } from '../use-more-t';
import type { EmbedTheme } from './embed-url';

export interface EmbedLookChoiceProps {
  theme: EmbedTheme;
  plain: boolean;
  onTheme: (theme: EmbedTheme) => void;
  onPlain: (plain: boolean) => void;
}

export function EmbedLookChoice({ theme, plain, onTheme, onPlain }: EmbedLookChoiceProps) {
  const m = useMoreT();
  const themes: [EmbedTheme, string][] = [['light', m.embedThemeLight], ['dark', m.embedThemeDark], ['auto', m.embedThemeAuto]];
  return (
    <>
      <fieldset class="embed-choice">
        <legend>{m.embedTheme}</legend>
        {themes.map(([value, label]) => (
          <label key={value}><input type="radio" name="embed-theme" checked={theme === value} onChange={() => onTheme(value)} /> {label}</label>
        ))}
      </fieldset>
      <label class="embed-plain"><input type="checkbox" checked={plain} onChange={(e) => onPlain(e.currentTarget.checked)} /> {m.embedPlain}</label>
    </>
  );
}
