import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, valueFromASTUntyped } from 'graphql';

/** A ready query from cookbook/, as GraphiQL opens it in a tab. */
export interface Recipe {
  readonly file: string;
  /** The question it answers: its first comment line. */
  readonly title: string;
  readonly query: string;
  /** Each variable's default value, so the variables pane shows what to change; empty when it takes none. */
  readonly variables: Readonly<Record<string, unknown>>;
}

/** Every recipe in the cookbook folder, by file name; none when the folder is not there (an install without it). */
export function readCookbook(dir: string): Recipe[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const query = readFileSync(join(dir, file), 'utf8');
      const title = /^#\s*(.+)$/m.exec(query)?.[1]?.trim() ?? file.replace(/\.graphql$/, '');
      return { file, title, query, variables: defaultVariables(query, file) };
    });
}

/** The default value of every variable a document's operations declare. */
export function defaultVariables(query: string, file: string): Record<string, unknown> {
  let document;
  try {
    document = parse(query);
  } catch (error) {
    throw new Error(`cookbook/${file} is not a GraphQL document (${(error as Error).message}): fix it, or remove it from the cookbook.`, { cause: error });
  }
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      if (variable.defaultValue) variables[variable.variable.name.value] = valueFromASTUntyped(variable.defaultValue);
    }
  }
  return variables;
}
