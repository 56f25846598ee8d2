import { useEffect, useState } from 'react';

export interface ChartColors {
  series: string[];
  text: string;
  muted: string;
  grid: string;
  surface: string;
}

function readColors(): ChartColors {
  const style = getComputedStyle(document.documentElement);
  const v = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => v(`--chart-${i}`)),
    text: v('--text'),
    muted: v('--text-muted'),
    grid: v('--border'),
    surface: v('--surface'),
  };
}

/**
 * Chart colours come from the theme's CSS variables, resolved to values because SVG attributes
 * set by the chart library do not all accept var(); re-read whenever the theme flips.
 */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(readColors);
  useEffect(() => {
    const observer = new MutationObserver(() => setColors(readColors()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => observer.disconnect();
  }, []);
  return colors;
}
