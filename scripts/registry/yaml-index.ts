import { fieldPositions, positionAt } from './node-at.ts';
import type { PositionIndex } from './position-index.ts';
import type { YamlSource } from './yaml-source.ts';

/** Index over a `yaml` package document (the slow path; see fast-yaml.ts). */
export function yamlIndex(source: YamlSource): PositionIndex {
  return { position: (path) => positionAt(source, path), fields: (path) => fieldPositions(source, path) };
}
