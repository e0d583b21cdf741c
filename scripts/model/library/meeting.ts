import * as z from 'zod';
import { audienceSchema, dateSchema, textSchema, unknownKeysMessage } from './common.ts';

const MEETING_KEYS = ['title', 'summary', 'date', 'location', 'audience'] as const;

/** Frontmatter of a network meeting record (`templates-library/moeder/<slug>.mdx`). Unknown keys are rejected. */
export const meetingSchema = z.strictObject(
  {
    /** Meeting name, e.g. "Netværksmøde november 2026". */
    title: textSchema('title'),
    /** One or two sentences: what the meeting covered. */
    summary: textSchema('summary'),
    /** Meeting date. */
    date: dateSchema('date'),
    /** Where it was held (town, venue or "Online"). */
    location: textSchema('location'),
    /** Which tiers may see it. */
    audience: audienceSchema,
  },
  { error: unknownKeysMessage('mødet', MEETING_KEYS) },
);

export type MeetingData = z.infer<typeof meetingSchema>;
