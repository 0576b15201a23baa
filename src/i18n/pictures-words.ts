// The words of the Pictures section (Export dialog) in every language, loaded with it.
import type { Lang } from '../core/names';
import { plural } from '../core/plural';

export interface PicturesWords {
  heading: string;
  about: (width: string, height: string) => string;
  downloadPng: (scale: string) => string;
  altLabel: string;
  altAbout: string;
  copyAlt: string;
  animationHeading: string;
  animationAbout: string;
  every: string;
  everyChoice: (hours: number) => string;
  frames: (n: string, count: number) => string;
  tooManyFrames: (max: string) => string;
  downloadGif: string;
  progress: (done: string, total: string) => string;
  cancel: string;
  cancelled: string;
  failed: (detail: string) => string;
  working: string;
}

const en: PicturesWords = {
  heading: 'Picture of this view',
  about: (width, height) => `The map as shown, with its time, legend and credits, as a PNG image of ${width} × ${height} pixels (or twice that).`,
  downloadPng: (scale) => `Download image (PNG, ${scale})`,
  altLabel: 'Alt text',
  altAbout: 'A description of the picture for readers who cannot see it; paste it with the image.',
  copyAlt: 'Copy alt text',
  animationHeading: 'Animation of this range',
  animationAbout: 'The range step by step, a frame per step with its time, as an animated GIF.',
  every: 'A frame every',
  everyChoice: (hours) => (hours < 1 ? `${hours * 60} minutes` : plural(hours, 'en', { one: `${hours} hour`, other: `${hours} hours` })),
  frames: (n, count) => plural(count, 'en', { one: `${n} frame`, other: `${n} frames` }),
  tooManyFrames: (max) => `More than ${max} frames: choose a longer step.`,
  downloadGif: 'Download animation (GIF)',
  progress: (done, total) => `Frame ${done} of ${total}`,
  cancel: 'Cancel',
  cancelled: 'Cancelled.',
  failed: (detail) => `The picture could not be made: ${detail}`,
  working: 'Making the picture…',
};

const ar: PicturesWords = {
  heading: 'صورة لهذا العرض',
  about: (width, height) => `الخريطة كما تظهر، مع وقتها ومفتاحها ومصادرها، صورةً بصيغة PNG بحجم ${width} × ${height} بكسل (أو ضعفه).`,
  downloadPng: (scale) => `تنزيل الصورة (PNG، ${scale})`,
  altLabel: 'النص البديل',
  altAbout: 'وصف للصورة لمن لا يستطيع رؤيتها؛ الصقه مع الصورة.',
  copyAlt: 'نسخ النص البديل',
  animationHeading: 'تحريك هذه الفترة',
  animationAbout: 'الفترة خطوةً خطوة، إطار لكل خطوة مع وقته، صورةً متحركة بصيغة GIF.',
  every: 'إطار كل',
  everyChoice: (hours) => (hours < 1 ? `${hours * 60} دقيقة` : plural(hours, 'ar', { one: 'ساعة', two: 'ساعتين', few: `${hours} ساعات`, many: `${hours} ساعة`, other: `${hours} ساعة` })),
  frames: (n, count) => plural(count, 'ar', { one: 'إطار واحد', two: 'إطاران', few: `${n} إطارات`, many: `${n} إطارًا`, other: `${n} إطار` }),
  tooManyFrames: (max) => `أكثر من ${max} إطار: اختر خطوة أطول.`,
  downloadGif: 'تنزيل التحريك (GIF)',
  progress: (done, total) => `الإطار ${done} من ${total}`,
  cancel: 'إلغاء',
  cancelled: 'أُلغي.',
  failed: (detail) => `تعذّر صنع الصورة: ${detail}`,
  working: 'جارٍ صنع الصورة…',
};

const ku: PicturesWords = {
  heading: 'Wêneyê vê dîmenê',
  about: (width, height) => `Nexşe wek ku tê nîşandan, bi dem, rêber û çavkaniyên xwe, wek wêneyekî PNG ya ${width} × ${height} pîksel (an du qat).`,
  downloadPng: (scale) => `Wêneyê daxe (PNG, ${scale})`,
  altLabel: 'Nivîsa alternatîf',
  altAbout: 'Ravekirina wêneyê ji bo xwendevanên ku nikarin wî bibînin; wê bi wêneyê re bişopîne.',
  copyAlt: 'Nivîsa alternatîf kopî bike',
  animationHeading: 'Anîmasyona vê navberê',
  animationAbout: 'Navber gav bi gav, ji bo her gavê çarçoveyek bi dema wê, wek GIF a livok.',
  every: 'Çarçoveyek her',
  everyChoice: (hours) => (hours < 1 ? `${hours * 60} deqîqe` : `${hours} demjimêr`),
  frames: (n, count) => plural(count, 'ku', { one: `${n} çarçove`, other: `${n} çarçove` }),
  tooManyFrames: (max) => `Ji ${max} çarçoveyan zêdetir: gaveke dirêjtir hilbijêre.`,
  downloadGif: 'Anîmasyonê daxe (GIF)',
  progress: (done, total) => `Çarçove ${done} ji ${total}`,
  cancel: 'Betal bike',
  cancelled: 'Hat betalkirin.',
  failed: (detail) => `Wêne nehat çêkirin: ${detail}`,
  working: 'Wêne tê çêkirin…',
};

export const PICTURES_WORDS: Record<Lang, PicturesWords> = { en, ar, ku };
