/**
 * Series colours: distinguishable with common colour-vision deficiencies (after Okabe & Ito) and
 * at least 3:1 against white (WCAG 1.4.11). Places keep their colour on every chart.
 */
const PLACE_COLOURS: Readonly<Record<string, string>> = {
  AES: "#6b3fa0",
  ML: "#0072b2",
  BF: "#c2410c",
  NE: "#007a5a",
};

const SEQUENCE = ["#0072b2", "#c2410c", "#007a5a", "#6b3fa0", "#9d174d", "#4d7c0f", "#0e7490"];

export function seriesColour(key: string, index: number): string {
  return PLACE_COLOURS[key] ?? SEQUENCE[index % SEQUENCE.length] ?? "#1d2330";
}
