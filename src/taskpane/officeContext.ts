/**
 * What the entry reads from Office and the browser, as pure functions so they can be tested
 * without either: the theme to follow, the workbook's file name, today's local date. (The pane
 * no longer reads its URL: an old `?action=build` bookmark opens it like any other.)
 */
import type { IsoDate } from '../core/types';

export type ThemeKind = 'light' | 'dark';

/** What Office tells a pane about its theme; absent outside Office and on some hosts. */
export type OfficeThemeLike = { bodyBackgroundColor?: string } | null | undefined;

/** Relative luminance (WCAG) of an `#rrggbb` colour Office reports; null if it is not one. */
export function luminanceOf(colour: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1, 4).map((pair) => {
    const channel = parseInt(pair, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Office paints the pane's background dark; light when it says nothing usable. */
export function chooseTheme(theme: OfficeThemeLike): ThemeKind {
  const luminance = theme?.bodyBackgroundColor ? luminanceOf(theme.bodyBackgroundColor) : null;
  return luminance !== null && luminance < 0.18 ? 'dark' : 'light';
}

/** The last part of the document's URL or path, decoded; "this workbook" when there is none. */
export function fileNameFromUrl(url: string | null | undefined): string {
  const path = (url ?? '').split(/[?#]/)[0];
  const last =
    path
      .split(/[\\/]/)
      .filter((part) => part !== '')
      .pop() ?? '';
  if (last === '' || /^[a-z]+:$/i.test(last)) return 'this workbook';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The local calendar date of a moment, as the user's wall calendar shows it. */
export function localIsoDate(moment: Date): IsoDate {
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1, 2)}-${pad(moment.getDate(), 2)}`;
}
