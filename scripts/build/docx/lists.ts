import { AlignmentType, type ILevelsOptions, LevelFormat, type NumberingDefinition, Paragraph, TextRun } from 'docx';
import type { List, ListItem } from 'mdast';
import { type Block, renderBlocks } from './blocks.ts';
import { type RenderContext, withStyle } from './context.ts';
import { renderInline } from './inline.ts';

/** Numbering references registered in the document (see `numberingConfig`). */
export const BULLET_LIST = 'sikkerhedsnet-punktliste';
export const ORDERED_LIST = 'sikkerhedsnet-nummereret-liste';

/** Word allows nine list levels (0–8); deeper Markdown nesting stays on the last one. */
const MAX_LEVEL = 8;
const LEVEL_INDENT = 360;
const bullets = ['•', '◦', '▪'];
const orderedFormats = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

function levels(ordered: boolean, start = 1): ILevelsOptions[] {
  return Array.from({ length: MAX_LEVEL + 1 }, (_, level) => ({
    level,
    format: ordered ? orderedFormats[level % 3] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : bullets[level % 3],
    start: level === 0 ? start : 1,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: LEVEL_INDENT * 2 * (level + 1), hanging: LEVEL_INDENT } } },
  }));
}

/** The document's list definitions: one bullet and one numbered list with nine levels each. */
export function numberingConfig(): NumberingDefinition[] {
  return [
    { reference: BULLET_LIST, levels: levels(false) },
    { reference: ORDERED_LIST, levels: levels(true) },
  ];
}

/** Where a list sits: its numbering reference, the Word instance it counts in, and its level. */
type ListPlace = {
  readonly reference: string | NumberingDefinition;
  readonly instance: number;
  readonly level: number;
};

/**
 * Render a Markdown list as numbered or bulleted Word paragraphs. Nested lists of the same kind continue the
 * parent's numbering instance one level deeper; a new top-level list (or a change of kind) starts a new instance,
 * so every list counts from its own start.
 * @param node The mdast list.
 * @param ctx Render context.
 * @param parent The enclosing list, when nested.
 */
export function renderList(node: List, ctx: RenderContext, parent?: ListPlace & { ordered: boolean }): Block[] {
  const ordered = node.ordered === true;
  const start = node.start ?? 1;
  const sameKind = parent !== undefined && parent.ordered === ordered;
  const place = {
    ordered,
    level: parent ? Math.min(parent.level + 1, MAX_LEVEL) : 0,
    instance: sameKind ? parent.instance : ctx.lists.next++,
    reference: sameKind ? parent.reference : listReference(ordered, start),
  };
  return node.children.flatMap((item) => renderItem(item, ctx, place));
}

function listReference(ordered: boolean, start: number): string | NumberingDefinition {
  if (!ordered) return BULLET_LIST;
  // A list that starts at another number than 1 needs its own definition, as Word keeps `start` there.
  return start === 1 ? ORDERED_LIST : { reference: `${ORDERED_LIST}-${start}`, levels: levels(true, start) };
}

function renderItem(item: ListItem, ctx: RenderContext, place: ListPlace & { ordered: boolean }): Block[] {
  const textIndent = LEVEL_INDENT * 2 * (place.level + 1);
  const blocks: Block[] = [];
  let numbered: Paragraph | undefined;
  for (const child of item.children) {
    if (child.type === 'list') {
      blocks.push(...renderList(child, ctx, place));
    } else if (child.type === 'paragraph' && !numbered) {
      numbered = itemParagraph(item, renderInline(child.children, ctx), ctx, place, textIndent);
      blocks.push(numbered);
    } else {
      // Later paragraphs, tables or code of the item line up with its text, without a number of their own.
      blocks.push(...renderBlocks([child], withStyle(ctx, { indent: textIndent })));
    }
  }
  // An item without a leading paragraph (empty, or starting with code) still needs its bullet or number.
  if (!numbered) blocks.unshift(itemParagraph(item, [], ctx, place, textIndent));
  return blocks;
}

function itemParagraph(
  item: ListItem,
  children: ReturnType<typeof renderInline>,
  ctx: RenderContext,
  place: ListPlace,
  textIndent: number,
): Paragraph {
  const box = item.checked === true ? '☒ ' : item.checked === false ? '☐ ' : '';
  const boxRun = box ? [new TextRun({ text: box, italics: ctx.style.italics || undefined })] : [];
  return new Paragraph({
    style: ctx.style.paragraphStyle,
    numbering: { reference: place.reference, level: place.level, instance: place.instance },
    // Inside an indented container (quote, Vejledning) the list moves right with it.
    indent: ctx.style.indent ? { left: ctx.style.indent + textIndent, hanging: LEVEL_INDENT } : undefined,
    children: [...boxRun, ...children],
  });
}
