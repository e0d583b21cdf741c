/**
 * HTML-tree (hast) plugins for Astro's Markdown processor (Sätteri), applied to every MDX page of the library.
 *
 * - Tables scroll inside their own box, so the text column keeps the width of the screen (WCAG 2.1, 1.4.10
 *   Reflow). The box is a named, focusable region because a keyboard user must be able to scroll it (axe:
 *   scrollable-region-focusable); names are numbered so no two regions on a page share one (landmark-unique).
 * - Every h2–h4 gets a stable id and a link to itself, so a member can copy a link to a section. The ids are
 *   set here with the same slugger Astro uses, so Astro's own heading-ids step keeps them and `getHeadings()`
 *   (the table of contents) agrees with the anchors. The link has no text of its own: a heading's text, its
 *   search excerpt and the table of contents stay clean; CSS draws the "#" and the aria-label names it.
 */

import Slugger from 'github-slugger';
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

/** Wrap each table in `<div class="table-scroll" role="region" tabindex="0" aria-label="Tabel N">`. */
export const tableScroll: HastPluginEntry = () => {
  let count = 0;
  return defineHastPlugin({
    name: 'sikkerhedsnet-table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        count++;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Tabel ${count}` },
          children: [],
        });
      },
    },
  });
};

/** Give h1–h6 ids (Astro's slugs) and append a self-link to h2–h4. */
export const headingLinks: HastPluginEntry = () => {
  const slugger = new Slugger();
  return defineHastPlugin({
    name: 'sikkerhedsnet-heading-links',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const text = ctx.textContent(node).trim();
        const existing = node.properties?.id;
        const id = typeof existing === 'string' ? existing : slugger.slug(text);
        if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
        if (!['h2', 'h3', 'h4'].includes(node.tagName)) return;
        ctx.appendChild(node, {
          type: 'element',
          tagName: 'a',
          properties: { className: ['heading-link'], href: `#${id}`, ariaLabel: `Link til afsnittet »${text}«` },
          children: [],
        });
      },
    },
  });
};
