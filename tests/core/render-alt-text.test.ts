// Alt text for the golden views, pinned in the three languages: the time, who held how many areas,
// what changed hands with its time as precisely as the sources give it, and how many incidents.
import { describe, expect, it } from 'vitest';
import { altText } from '../../src/core/render/alt-text';
import { renderViewSvg } from '../../src/core/render/render-view';
import { LANGS, type Lang } from '../../src/core/names';
import { builtin, VIEWS } from '../helpers/render-views';
import { parseSvg } from '../helpers/svg-dom';

const EXPECTED: Record<string, Record<Lang, string>> = {
  'moment-2016-04-21T12-00-en': {
    en: '21 April 2016, 12:00 local time. Of 14 areas, Asayish held 9, Government held 3, NDF held 1 and Sootoro held 1; 2 contested. Allaya prison changed hands (Government to Asayish), 21 April 2016, 12:00 (to the hour). 12 incidents in the last 24 hours.',
    ar: '٢١ نيسان ٢٠١٦، ١٢:٠٠ بالتوقيت المحلي. عدد المناطق ١٤: تحت سيطرة \u2068Asayish\u2069: ٩ وتحت سيطرة \u2068Government\u2069: ٣ وتحت سيطرة \u2068NDF\u2069: ١ وتحت سيطرة \u2068Sootoro\u2069: ١؛ متنازع عليها: ٢. تغيّرت السيطرة على \u2068سجن علايا\u2069 (من \u2068Government\u2069 إلى \u2068Asayish\u2069)، ٢١ نيسان ٢٠١٦، ١٢:٠٠ (بدقة الساعة). ١٢ حدثاً في الساعات الأربع والعشرين الأخيرة.',
    ku: '21 nîsan 2016, 12:00 dema herêmî. Ji 14 deveran: 9 di destê Asayish de, 3 di destê Government de, 1 di destê NDF de û 1 di destê Sootoro de; 2 li ser nakokî. Allaya prison ji Government ket destê Asayish, 21 nîsan 2016, 12:00 (bi rastbûna saetê). 12 bûyer di 24 saetên dawî de.',
  },
  'range-2016-04-20-2016-04-23-ar': {
    en: '20 April 2016 – 23 April 2016, local time. Of 14 areas, Asayish held 9, Government held 3, NDF held 1 and Sootoro held 1; 2 contested. Allaya prison changed hands (Government to Asayish), 21 April 2016, 12:00 (to the hour); Automatic bakery at the municipal stadium changed hands (NDF to Asayish), 20 April 2016, afternoon. 24 incidents in this period.',
    ar: '\u2068٢٠ نيسان ٢٠١٦\u2069 – \u2068٢٣ نيسان ٢٠١٦\u2069، بالتوقيت المحلي. عدد المناطق ١٤: تحت سيطرة \u2068Asayish\u2069: ٩ وتحت سيطرة \u2068Government\u2069: ٣ وتحت سيطرة \u2068NDF\u2069: ١ وتحت سيطرة \u2068Sootoro\u2069: ١؛ متنازع عليها: ٢. تغيّرت السيطرة على \u2068سجن علايا\u2069 (من \u2068Government\u2069 إلى \u2068Asayish\u2069)، ٢١ نيسان ٢٠١٦، ١٢:٠٠ (بدقة الساعة)؛ تغيّرت السيطرة على \u2068Automatic bakery at the municipal stadium\u2069 (من \u2068NDF\u2069 إلى \u2068Asayish\u2069)، ٢٠ نيسان ٢٠١٦، بعد الظهر. ٢٤ حدثاً في هذه الفترة.',
    ku: '20 nîsan 2016 – 23 nîsan 2016, dema herêmî. Ji 14 deveran: 9 di destê Asayish de, 3 di destê Government de, 1 di destê NDF de û 1 di destê Sootoro de; 2 li ser nakokî. Allaya prison ji Government ket destê Asayish, 21 nîsan 2016, 12:00 (bi rastbûna saetê); Automatic bakery at the municipal stadium ji NDF ket destê Asayish, 20 nîsan 2016, piştî nîvro. 24 bûyer di vê demê de.',
  },
  'day-2016-04-22-ku': {
    en: '22 April 2016, the whole day, local time. Of 14 areas, Asayish held 9, Government held 3, NDF held 1 and Sootoro held 1; 2 contested. 3 incidents that day.',
    ar: '٢٢ نيسان ٢٠١٦، اليوم كاملاً، بالتوقيت المحلي. عدد المناطق ١٤: تحت سيطرة \u2068Asayish\u2069: ٩ وتحت سيطرة \u2068Government\u2069: ٣ وتحت سيطرة \u2068NDF\u2069: ١ وتحت سيطرة \u2068Sootoro\u2069: ١؛ متنازع عليها: ٢. ٣ أحداث في ذلك اليوم.',
    ku: '22 nîsan 2016, tevahiya rojê, dema herêmî. Ji 14 deveran: 9 di destê Asayish de, 3 di destê Government de, 1 di destê NDF de û 1 di destê Sootoro de; 2 li ser nakokî. 3 bûyer di wê rojê de.',
  },
  'frame-allaya-2016-04-21T13-00-en': {
    en: '21 April 2016, 13:00 local time. Of 14 areas, Asayish held 9, Government held 3, NDF held 1 and Sootoro held 1; 2 contested. Allaya prison changed hands (Government to Asayish), 21 April 2016, 12:00 (to the hour). 12 incidents in the last 24 hours.',
    ar: '٢١ نيسان ٢٠١٦، ١٣:٠٠ بالتوقيت المحلي. عدد المناطق ١٤: تحت سيطرة \u2068Asayish\u2069: ٩ وتحت سيطرة \u2068Government\u2069: ٣ وتحت سيطرة \u2068NDF\u2069: ١ وتحت سيطرة \u2068Sootoro\u2069: ١؛ متنازع عليها: ٢. تغيّرت السيطرة على \u2068سجن علايا\u2069 (من \u2068Government\u2069 إلى \u2068Asayish\u2069)، ٢١ نيسان ٢٠١٦، ١٢:٠٠ (بدقة الساعة). ١٢ حدثاً في الساعات الأربع والعشرين الأخيرة.',
    ku: '21 nîsan 2016, 13:00 dema herêmî. Ji 14 deveran: 9 di destê Asayish de, 3 di destê Government de, 1 di destê NDF de û 1 di destê Sootoro de; 2 li ser nakokî. Allaya prison ji Government ket destê Asayish, 21 nîsan 2016, 12:00 (bi rastbûna saetê). 12 bûyer di 24 saetên dawî de.',
  },
};

describe('alt text', () => {
  for (const { name, request } of VIEWS) {
    for (const lang of LANGS) {
      it(`says what ${name} shows, in ${lang}`, async () => {
        const { dataset, index } = await builtin();
        expect(altText({ dataset, index, view: request.view, layers: request.layers, lang })).toBe(EXPECTED[name]?.[lang]);
      });
    }
  }

  it('is the picture\'s description', async () => {
    const { dataset, index } = await builtin();
    const { request } = VIEWS[0]!;
    const doc = parseSvg(renderViewSvg({ dataset, index, ...request }));
    expect(doc.querySelector('desc')?.textContent).toBe(EXPECTED[VIEWS[0]!.name]?.en);
  });

  it('counts only the incidents of the layers shown, and says nothing of holders with control hidden', async () => {
    const { dataset, index } = await builtin();
    const { view } = VIEWS[0]!.request;
    expect(altText({ dataset, index, view, layers: ['sites', 'mortar'], lang: 'en' })).toBe('21 April 2016, 12:00 local time. 3 incidents in the last 24 hours.');
  });
});

describe('alt text with no incidents', async () => {
  const { BUILTIN, loadValid } = await import('../helpers/fs-dataset');
  const { indexDataset } = await import('../../src/core/dataset-index');
  const { altText } = await import('../../src/core/render/alt-text');
  const dataset = await loadValid(BUILTIN);
  const index = indexDataset(dataset);
  it('says there were none, in words, in every language', () => {
    // The first moment has the day-dated incidents of 20 April: with only mortar fire shown, it has none.
    const say = (lang: 'en' | 'ar' | 'ku') => altText({ dataset, index, lang, view: { time: dataset.start, span: 'moment' }, layers: ['control', 'mortar'] });
    expect(say('en')).toMatch(/ No incidents in the last 24 hours\.$/);
    expect(say('ar')).toMatch(/ لا أحداث في الساعات الأربع والعشرين الأخيرة\.$/);
    expect(say('ku')).toMatch(/ Di 24 saetên dawî de bûyer tune\.$/);
  });
});
