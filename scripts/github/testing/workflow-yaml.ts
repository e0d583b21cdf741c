/** Test helper: the repository's GitHub workflows as parsed YAML, typed as far as the structure tests read them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface Step {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
export interface Job {
  'runs-on': string;
  permissions?: Record<string, string>;
  environment?: string;
  if?: string;
  needs?: string | string[];
  outputs?: Record<string, string>;
  concurrency?: unknown;
  steps: Step[];
}
export interface Workflow {
  name: string;
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

/** `.github/workflows/`. */
export const WORKFLOW_DIR = join(import.meta.dirname, '../../../.github/workflows');

/** A workflow file's text. */
export const workflowText = (file: string): string => readFileSync(join(WORKFLOW_DIR, file), 'utf8');

/** A workflow file parsed strictly (a duplicate key is an error, as on GitHub). */
export const readWorkflow = (file: string): Workflow => parse(workflowText(file), { uniqueKeys: true }) as Workflow;

/** A GitHub expression as written in a workflow (kept out of template-literal syntax). */
export const expr = (inner: string): string => `$${'{{'} ${inner} }}`;

/** Every step of every job. */
export const allSteps = (w: Workflow): Step[] => Object.values(w.jobs).flatMap((j) => j.steps);

/** An issue form (.github/ISSUE_TEMPLATE/*.yml) as the tests read it. */
export interface IssueForm {
  name: string;
  labels: string[];
  body: {
    id?: string;
    type: string;
    attributes: { label?: string; options?: unknown[]; default?: number; render?: string };
    validations?: { required?: boolean };
  }[];
}

/** Read an issue form by its path from the repository root; GitHub reads forms as YAML 1.1, so this does too. */
export const readIssueForm = (file: string): IssueForm =>
  parse(readFileSync(join(WORKFLOW_DIR, '../..', file), 'utf8'), { version: '1.1', uniqueKeys: true }) as IssueForm;
