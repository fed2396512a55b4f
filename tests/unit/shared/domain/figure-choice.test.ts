import { describe, expect, it } from 'vitest';
import { cardPicture, shownFigure, type FigureChoice, type MediaItem } from '@shared/domain';

const VIDEO: MediaItem = { id: 'm1', kind: 'video', role: 'loop', mimeType: 'video/mp4', byteSize: 10 };

describe('what an exercise shows of its figure', () => {
  it('draws the figure unless the trainer hid it, and none where the exercise has none', () => {
    expect(shownFigure({ figure: 'pull-up', figureChoice: 'show' })).toBe('pull-up');
    expect(shownFigure({ figure: 'pull-up', figureChoice: 'first' })).toBe('pull-up');
    expect(shownFigure({ figure: 'pull-up', figureChoice: 'hide' })).toBeNull();
    expect(shownFigure({ figure: null, figureChoice: 'show' })).toBeNull();
  });

  it('puts on the card the trainer’s picture or video, or the figure where the trainer put it first', () => {
    const card = (figureChoice: FigureChoice, media: MediaItem[], figure: 'face-pull' | null = 'face-pull') =>
      cardPicture({ figure, figureChoice, media });
    expect([card('show', []), card('first', []), card('hide', [])]).toEqual(['figure', 'figure', null]);
    expect([card('show', [VIDEO]), card('first', [VIDEO]), card('hide', [VIDEO])]).toEqual([
      'media',
      'figure',
      'media',
    ]);
    expect([card('show', [], null), card('first', [VIDEO], null)]).toEqual([null, 'media']);
  });
});
