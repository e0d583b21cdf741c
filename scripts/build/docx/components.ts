import { AlignmentType, Paragraph, Table, TableRow, TextRun, WidthType } from 'docx';
import type { RootContent } from 'mdast';
import { type Block, renderBlocks } from './blocks.ts';
import { type RenderContext, withStyle } from './context.ts';
import { CONSEQUENCE_LABELS, LIKELIHOOD_LABELS, riskLegend, riskLevel } from './risk-scale.ts';
import { gridBorders, tableCell } from './table.ts';

/** An MDX JSX element in flow (block) position, e.g. `<Vejledning>` on its own lines. */
type FlowElement = Extract<RootContent, { type: 'mdxJsxFlowElement' }>;

/** Grey, indented italic text: what the site shows as the guidance aside. */
export const guidanceStyle = { paragraphStyle: 'Vejledning', indent: 284, italics: true, color: '595959' } as const;

/**
 * Render an MDX component of the template library (docs/interfaces.md §3) in block position.
 * `<Vejledning>` becomes grey, indented italic paragraphs (nothing at all in the file without guidance);
 * `<Risikomatrix />` the coloured 5×5 matrix. Any other element (or a fragment) is unknown to Word: its children
 * are rendered, its attributes ignored, so a new site component never breaks the export.
 * @param node The JSX element.
 * @param ctx Render context.
 */
export function renderComponent(node: FlowElement, ctx: RenderContext): Block[] {
  switch (node.name) {
    case 'Vejledning':
      return ctx.guidance ? renderBlocks(node.children, withStyle(ctx, guidanceStyle)) : [];
    case 'Risikomatrix':
      return renderRiskMatrix(ctx);
    default:
      return renderBlocks(node.children, ctx);
  }
}

const AXIS_FILL = 'E7E6E6';
/** Percentage widths: a wider first column for the likelihood labels, five equal score columns. */
const LABEL_WIDTH = 25;
const SCORE_WIDTH = 15;

/**
 * Render `<Risikomatrix />`: a caption, the 5×5 matrix (likelihood 5 at the top, consequence 1 on the left, each
 * cell showing likelihood × consequence on its risk colour) and a legend of the colours.
 * @param ctx Render context (indentation of the surrounding container).
 */
export function renderRiskMatrix(ctx: RenderContext): Block[] {
  const indent = ctx.style.indent ? { left: ctx.style.indent } : undefined;
  return [
    new Paragraph({
      indent,
      keepNext: true,
      children: [new TextRun({ text: 'Risikomatrix: sandsynlighed × konsekvens', bold: true })],
    }),
    matrixTable(ctx),
    new Paragraph({ indent, children: [new TextRun({ text: riskLegend(), size: 18 })] }),
  ];
}

function matrixTable(ctx: RenderContext): Table {
  const header = new TableRow({
    tableHeader: true,
    children: [
      axisCell('Sandsynlighed ↓ / Konsekvens →', LABEL_WIDTH),
      ...CONSEQUENCE_LABELS.map((label, index) => axisCell(`${index + 1} ${label}`, SCORE_WIDTH)),
    ],
  });
  // Highest likelihood first, as risk matrices are read: the red corner at the top right.
  const rows = [5, 4, 3, 2, 1].map(
    (likelihood) =>
      new TableRow({
        cantSplit: true,
        children: [
          axisCell(`${likelihood} ${LIKELIHOOD_LABELS[likelihood - 1]}`, LABEL_WIDTH),
          ...[1, 2, 3, 4, 5].map((consequence) => scoreCell(likelihood, consequence)),
        ],
      }),
  );
  return new Table({
    rows: [header, ...rows],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: gridBorders,
    indent: ctx.style.indent ? { size: ctx.style.indent, type: WidthType.DXA } : undefined,
  });
}

function axisCell(text: string, width: number) {
  return tableCell([new TextRun({ text, bold: true, size: 18 })], { fill: AXIS_FILL, width });
}

/** The score and the level's name, so the level is readable without seeing the colour (as on the site). */
function scoreCell(likelihood: number, consequence: number) {
  const level = riskLevel(likelihood, consequence);
  return tableCell(
    [
      new TextRun({ text: `${likelihood * consequence} `, bold: true }),
      new TextRun({ text: level.name.toLowerCase(), size: 16 }),
    ],
    { alignment: AlignmentType.CENTER, fill: level.fill, width: SCORE_WIDTH },
  );
}
