// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { fullDateOnHover } from './full-date-on-hover';

describe('fullDateOnHover', () => {
  it('gives the element its full local date as a tooltip on the first hover, not before', () => {
    const when = '2026-03-04T05:06:07Z';
    render(
      <time dateTime={when} onPointerEnter={fullDateOnHover(when)}>
        2 days ago
      </time>,
    );
    const time = screen.getByText('2 days ago');
    expect(time).not.toHaveAttribute('title');
    fireEvent.pointerEnter(time);
    expect(time).toHaveAttribute('title', new Date(when).toLocaleString());
  });
});
