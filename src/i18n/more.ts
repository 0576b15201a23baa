// The words of the on-demand parts in every language (a few kilobytes, loaded with those parts).
import type { Lang } from '../core/names';
import { moreAr } from './more-ar';
import { moreEn, type MoreMessages } from './more-en';
import { moreKu } from './more-ku';

export const MORE_MESSAGES: Record<Lang, MoreMessages> = { en: moreEn, ar: moreAr, ku: moreKu };
export type { MoreMessages };
