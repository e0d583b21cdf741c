import {
  AlignmentType,
  BorderStyle,
  type IBorderOptions,
  type ITableBordersOptions,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { AlignType, Table as MdTable } from 'mdast';
import type { RenderContext } from './context.ts';
import { renderInline } from './inline.ts';

const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

/** Thin grey lines around and between all cells, so a filled-in table prints as a grid. */
export const gridBorders: ITableBordersOptions = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

const alignments: Record<NonNullable<AlignType>, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

/**
 * Render a GFM table as a full-width Word table with borders. The first row is the header: bold, shaded and
 * repeated at the top of every page the table spans. Short rows are padded so every row has every column.
 * @param node The mdast table.
 * @param ctx Render context.
 */
export function renderTable(node: MdTable, ctx: RenderContext): Table {
  const columns = Math.max(1, ...node.children.map((row) => row.children.length));
  const rows = node.children.map((row, index) => {
    const header = index === 0;
    const cells = Array.from({ length: columns }, (_, column) => {
      const content = row.children[column]?.children ?? [];
      const align = node.align?.[column];
      return tableCell(renderInline(content, ctx, header ? { bold: true } : {}), {
        alignment: align ? alignments[align] : undefined,
        fill: header ? 'D9E2F3' : undefined,
      });
    });
    return new TableRow({ children: cells, tableHeader: header });
  });
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: gridBorders,
    indent: ctx.style.indent ? { size: ctx.style.indent, type: WidthType.DXA } : undefined,
  });
}

/**
 * One table cell with a single paragraph.
 * @param children Runs of the cell's paragraph.
 * @param options Horizontal alignment and background fill (hex without `#`).
 */
export function tableCell(
  children: ParagraphChild[],
  options: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]; fill?: string; width?: number } = {},
): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: options.alignment, spacing: { before: 40, after: 40 }, children })],
    shading: options.fill ? { type: ShadingType.CLEAR, fill: options.fill, color: 'auto' } : undefined,
    width: options.width ? { size: options.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { left: 100, right: 100 },
  });
}
