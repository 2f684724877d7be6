// Draws the app's two icons: two overlapping circles, Microsoft and your organisation sharing the work.
// Run once (`npx tsx manifest/drawIcons.ts`); the PNGs are committed beside it.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";

type Rgb = readonly [number, number, number];
/** Coverage of one shape at a point, 0..1. */
type Shape = (x: number, y: number) => number;

const accent: Rgb = [0x2b, 0x57, 0x9a];
const white: Rgb = [255, 255, 255];
const sky: Rgb = [0x8f, 0xd3, 0xff];
/** Samples per pixel side: 4x4 gives smooth edges without a graphics library. */
const samples = 4;

const disk = (cx: number, cy: number, r: number): Shape => (x, y) => (Math.hypot(x - cx, y - cy) <= r ? 1 : 0);
const ring = (cx: number, cy: number, r: number, width: number): Shape => (x, y) => (Math.abs(Math.hypot(x - cx, y - cy) - r) <= width / 2 ? 1 : 0);
const union = (...shapes: Shape[]): Shape => (x, y) => (shapes.some((s) => s(x, y) === 1) ? 1 : 0);

function coverage(shape: Shape, px: number, py: number, size: number): number {
  let hits = 0;
  for (let i = 0; i < samples; i++) {
    for (let j = 0; j < samples; j++) hits += shape((px + (i + 0.5) / samples) / size, (py + (j + 0.5) / samples) / size);
  }
  return hits / (samples * samples);
}

interface Layer {
  shape: Shape;
  color: Rgb;
  opacity: number;
}

/** Paints layers over a background (or over transparency when background is null), in unit coordinates. */
function drawIcon(size: number, background: Rgb | null, layers: Layer[]): PNG {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b] = background ?? white;
      let a = background ? 1 : 0;
      for (const layer of layers) {
        const k = coverage(layer.shape, px, py, size) * layer.opacity;
        if (k === 0) continue;
        const outA = k + a * (1 - k);
        r = (layer.color[0] * k + r * a * (1 - k)) / outA;
        g = (layer.color[1] * k + g * a * (1 - k)) / outA;
        b = (layer.color[2] * k + b * a * (1 - k)) / outA;
        a = outA;
      }
      const i = (py * size + px) * 4;
      png.data[i] = Math.round(r);
      png.data[i + 1] = Math.round(g);
      png.data[i + 2] = Math.round(b);
      png.data[i + 3] = Math.round(a * 255);
    }
  }
  return png;
}

/** 192x192, full colour: a white and a sky-blue disk overlapping on the accent colour. */
const drawColorIcon = (): PNG =>
  drawIcon(192, accent, [
    { shape: disk(0.38, 0.5, 0.24), color: white, opacity: 1 },
    { shape: disk(0.62, 0.5, 0.24), color: sky, opacity: 0.8 },
  ]);

/** 32x32, white on transparent (Teams tints it): the same two circles as rings. */
const drawOutlineIcon = (): PNG => drawIcon(32, null, [{ shape: union(ring(0.37, 0.5, 0.25, 0.09), ring(0.63, 0.5, 0.25, 0.09)), color: white, opacity: 1 }]);

function main(): void {
  writeFileSync(path.join(__dirname, "color.png"), PNG.sync.write(drawColorIcon()));
  writeFileSync(path.join(__dirname, "outline.png"), PNG.sync.write(drawOutlineIcon()));
  console.log("Wrote manifest/color.png (192x192) and manifest/outline.png (32x32).");
}

main();
