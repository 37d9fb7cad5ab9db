import { describe, expect, it } from 'vitest';
import { foldName, foldToken, slug, stripAccents } from '../../src/extract/normalize.js';

describe('normalize', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Thuỷ', 'thủy'],
    ['Uỷ', 'Ủy'],
    ['khoẻ', 'khỏe'],
    ['Hòa'.normalize('NFD'), 'hòa'],
  ])('folds tone-mark placement variants: %s = %s', (a, b) => {
    expect(foldToken(a)).toBe(foldToken(b));
  });

  it('keeps different words apart', () => {
    expect(foldToken('Nga')).not.toBe(foldToken('Ngà'));
    expect(foldToken('đức')).not.toBe(foldToken('dục'));
  });

  it('folds names with hyphens and spacing variants alike', () => {
    expect(foldName('Kim Ju-won')).toBe(foldName('Kim Ju Won'));
    expect(foldName('Ủy ban  Xylia')).toBe(foldName('Uỷ ban Xylia'));
  });

  it('strips accents including đ', () => {
    expect(stripAccents('Đà Nẵng')).toBe('da nang');
    expect(slug('Bộ Quốc phòng Xylia')).toBe('bo-quoc-phong-xylia');
  });
});
