import type { SVGProps } from 'react';

/** A small, consistent icon set (24px grid, 1.75 stroke) drawn inline: no icon font, no requests. */
const PATHS = {
  figma:
    'M9 3h3v6H9a3 3 0 0 1 0-6Zm3 0h3a3 3 0 0 1 0 6h-3V3Zm0 6h3a3 3 0 1 1-3 3V9ZM9 9h3v6H9a3 3 0 0 1 0-6Zm0 6h3v3a3 3 0 1 1-3-3Z',
  search: 'M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14Zm9 16-4.2-4.2',
  file: 'M7 3h7l5 5v13H7V3Zm7 0v5h5',
  folder: 'M3 6h6l2 2h10v11H3V6Z',
  team: 'M9 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7 0a2.5 2.5 0 1 0 0-5M3 20c0-3 3-5 6-5s6 2 6 5m2-5c2 0 4 1.5 4 4',
  chevron: 'm9 6 6 6-6 6',
  external: 'M14 4h6v6m0-6-9 9M18 14v6H4V6h6',
  copy: 'M8 8h12v12H8V8Zm-4 8V4h12',
  check: 'm5 12 5 5 9-10',
  download: 'M12 4v11m-5-5 5 5 5-5M5 20h14',
  warning: 'M12 4 2.5 20h19L12 4Zm0 6v4m0 3v.5',
  error: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 5v5m0 3v.5',
  info: 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 8v5m0-8v.5',
  sun: 'M12 8a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm0-5v2m0 14v2M3 12h2m14 0h2M5.6 5.6 7 7m10 10 1.4 1.4M5.6 18.4 7 17M17 7l1.4-1.4',
  moon: 'M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5Z',
  monitor: 'M3 4h18v12H3V4Zm6 16h6m-3-4v4',
  logout: 'M15 4h4v16h-4M10 8l-4 4 4 4m-4-4h11',
  plus: 'M12 5v14M5 12h14',
  trash: 'M4 7h16M9 7V4h6v3m-8 0 1 13h8l1-13',
  refresh: 'M20 11a8 8 0 0 0-14.9-3M4 4v4h4m-4 5a8 8 0 0 0 14.9 3M20 20v-4h-4',
  upload: 'M12 20V9m-5 5 5-5 5 5M5 4h14',
  menu: 'M4 7h16M4 12h16M4 17h16',
  close: 'M6 6l12 12M18 6 6 18',
  branch:
    'M6 4v12m0 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm12-8a2 2 0 1 0 0-4 2 2 0 0 0 0 4Zm0 0c0 5-12 3-12 8',
} as const;

export type IconName = keyof typeof PATHS;

export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'name'> {
  name: IconName;
  /** Give a label only when the icon stands alone; next to text it is decorative. */
  label?: string;
  size?: number;
}

export function Icon({ name, label, size = 16, ...rest }: IconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
      focusable="false"
      {...rest}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
