// The words of Export's section for a range (the Changes files), in every language; loaded with the
// Export dialog, apart from the panel's words so that each part carries only its own.
import type { Lang } from '../core/names';

export interface ChangesExportWords {
  exportHeading: (range: string) => string;
  exportAbout: string;
  /** For a dataset of incidents only, after the sentence saying it has no areas (en.ts noAreas). */
  exportAboutIncidents: string;
  exportGeojson: string;
  exportCsv: string;
}

export const CHANGES_EXPORT_WORDS: Record<Lang, ChangesExportWords> = {
  en: {
    exportHeading: (range) => `What changed, ${range}`,
    exportAbout: 'Every area that changed hands or became (or stopped being) contested in the range, with each change and its sources, then the range’s incidents: GeoJSON (RFC 7946); the changes of control alone as CSV.',
    exportAboutIncidents: 'The file holds the range’s incidents, with their sources: GeoJSON (RFC 7946).',
    exportGeojson: 'Changes (GeoJSON)',
    exportCsv: 'Changes (CSV)',
  },
  ar: {
    exportHeading: (range) => `ما الذي تغيّر، ${range}`,
    exportAbout: 'كل منطقة انتقلت السيطرة عليها أو أصبحت متنازعًا عليها (أو كفّت عن ذلك) في الفترة، مع كل تغيّر ومصادره، ثم أحداث الفترة: GeoJSON (RFC 7946)؛ وتغيّرات السيطرة وحدها بصيغة CSV.',
    exportAboutIncidents: 'يحوي الملف أحداث الفترة مع مصادرها: GeoJSON (RFC 7946).',
    exportGeojson: 'التغيّرات (GeoJSON)',
    exportCsv: 'التغيّرات (CSV)',
  },
  ku: {
    exportHeading: (range) => `Çi guherî, ${range}`,
    exportAbout: 'Her deverê ku di navberê de dest guherand an bû (an ne ma) cihê nakokiyê, bi her guhertin û çavkaniyên wê, paşê bûyerên navberê: GeoJSON (RFC 7946); tenê guhertinên kontrolê wekî CSV.',
    exportAboutIncidents: 'Pel bûyerên navberê bi çavkaniyên wan dihewîne: GeoJSON (RFC 7946).',
    exportGeojson: 'Guhertin (GeoJSON)',
    exportCsv: 'Guhertin (CSV)',
  },
};
