// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../testing/render';
import { FileList } from './file-list';

const ROW_HEIGHT = 64;
const files = Array.from({ length: 1500 }, (_, index) => ({
  key: `KEY${String(index).padStart(10, '0')}`,
  name: `File ${index}`,
  thumbnail_url: `https://thumbs.example/${index}.png`,
  last_modified: new Date(Date.UTC(2026, 0, 1) - index * 60_000).toISOString(),
}));

beforeEach(() => {
  // jsdom has no layout: give the scroll box a size.
  vi.spyOn(Element.prototype, 'clientHeight', 'get').mockReturnValue(640);
  vi.spyOn(Element.prototype, 'clientWidth', 'get').mockReturnValue(1024);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const thumbnails = () =>
  [...document.querySelectorAll('img.file-list__thumb')].map((img) => img.getAttribute('src'));

function scrollTo(box: HTMLElement, top: number) {
  box.scrollTop = top;
  fireEvent.scroll(box);
}

describe('FileList thumbnails', () => {
  it('loads thumbnails only for rows in view once scrolling has settled', async () => {
    const { container } = renderWithProviders(<FileList files={files} />);
    await screen.findByText('File 0');
    expect(thumbnails()).toContain('https://thumbs.example/0.png');
    const box = container.querySelector<HTMLElement>('.file-list__scroll');
    if (!box) throw new Error('no scroll box');

    // A fling: row after row passes through view, none of them may start a download.
    for (let row = 150; row <= 1050; row += 150) {
      act(() => scrollTo(box, row * ROW_HEIGHT));
      expect(screen.getByText(`File ${row}`)).toBeInTheDocument();
      expect(thumbnails()).not.toContain(`https://thumbs.example/${row}.png`);
    }

    // The browser says scrolling has ended: rows now in view get thumbnails, passed ones never did.
    act(() => {
      fireEvent(box, new Event('scrollend'));
    });
    expect(thumbnails()).toContain('https://thumbs.example/1050.png');
    expect(thumbnails()).not.toContain('https://thumbs.example/600.png');
    const img = container.querySelector('img[src="https://thumbs.example/1050.png"]');
    expect(img).toHaveAttribute('loading', 'lazy');
    expect(img).toHaveAttribute('decoding', 'async');
  });
});
