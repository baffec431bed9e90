import { describe, expect, it } from 'vitest';
import { cutSquare, packMarks, sheetsOf } from '../../../../src/features/map/pieImage.ts';

describe('packMarks', () => {
  it('puts squares in rows, left to right, a pixel apart, each within the width', () => {
    const sizes = [30, 20, 60, 10, 50, 45];
    const placed = packMarks(
      sizes.map((size) => ({ size })),
      100,
    );
    expect(placed.map(({ x, y }) => [x, y])).toEqual([
      [0, 0],
      [31, 0],
      // 52 + 60 > 100: a new row, a pixel under the first row's tallest (30).
      [0, 31],
      [61, 31],
      // 72 + 50 > 100: under the second row's tallest (60).
      [0, 92],
      [51, 92],
    ]);
    for (const p of placed) expect(p.x + p.size).toBeLessThanOrEqual(100);
  });

  it('never overlaps two squares', () => {
    const sizes = Array.from({ length: 200 }, (_, i) => 14 + ((i * 37) % 54));
    const placed = packMarks(
      sizes.map((size) => ({ size })),
      256,
    );
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) {
        const apart = a.x + a.size <= b.x || b.x + b.size <= a.x || a.y + a.size <= b.y || b.y + b.size <= a.y;
        expect(apart).toBe(true);
      }
  });

  it('gives a square wider than the width a row of its own', () => {
    expect(packMarks([{ size: 10 }, { size: 120 }, { size: 10 }], 100).map(({ x, y }) => [x, y])).toEqual([
      [0, 0],
      [0, 11],
      [0, 132],
    ]);
  });
});

describe('cutSquare', () => {
  it('copies the square at (x, y), row by row', () => {
    // Each pixel holds its own coordinates: red = x, green = y.
    const width = 9;
    const pixels = new Uint8ClampedArray(width * 7 * 4);
    for (let y = 0; y < 7; y++) for (let x = 0; x < width; x++) pixels.set([x, y, 0, 255], (y * width + x) * 4);
    const square = cutSquare(pixels, width, 4, 2, 3);
    expect(square.length).toBe(3 * 3 * 4);
    for (let row = 0; row < 3; row++)
      for (let col = 0; col < 3; col++)
        expect([...square.subarray((row * 3 + col) * 4, (row * 3 + col + 1) * 4)]).toEqual([4 + col, 2 + row, 0, 255]);
  });
});

describe('sheetsOf', () => {
  const squares = (sizes: number[]) => sizes.map((size, i) => ({ size, i }));

  it('keeps every mark, once, inside its sheet, as narrow as its marks', () => {
    const sizes = Array.from({ length: 1500 }, (_, i) => 14 + ((i * 37) % 54));
    const sheets = sheetsOf(squares(sizes));
    expect(sheets.flatMap((s) => s.marks.map((m) => m.i))).toEqual(sizes.map((_, i) => i));
    expect(sheets.length).toBeGreaterThan(1);
    for (const { marks, width, height } of sheets) {
      expect(height).toBeLessThanOrEqual(1024);
      expect(width).toBe(Math.max(...marks.map((m) => m.x + m.size)));
      expect(height).toBe(Math.max(...marks.map((m) => m.y + m.size)));
      for (const m of marks) expect(m.y).toBeGreaterThanOrEqual(0);
    }
  });

  it('reads back one mark alone as its own square', () => {
    expect(sheetsOf(squares([41]))).toEqual([{ marks: [{ size: 41, i: 0, x: 0, y: 0 }], width: 41, height: 41 }]);
  });

  it('gives a mark taller than a sheet a sheet of its own', () => {
    const sheets = sheetsOf(squares([10, 1100, 10]));
    expect(sheets.map((s) => s.marks.map((m) => m.i))).toEqual([[0], [1], [2]]);
  });

  it('has no sheet for no marks', () => {
    expect(sheetsOf([])).toEqual([]);
  });
});
