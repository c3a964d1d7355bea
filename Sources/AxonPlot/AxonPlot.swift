// AxonPlot: SVG charts from plain numbers (placeholder until the charts land).
