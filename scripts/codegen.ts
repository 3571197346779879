import { codegen } from '@graphql-codegen/core';
import type { CodegenPlugin, Types } from '@graphql-codegen/plugin-helpers';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import * as typescript from '@graphql-codegen/typescript';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import config from '../codegen';

const PLUGINS: Record<string, CodegenPlugin> = {
  typescript,
  'typescript-operations': typescriptOperations,
  'typed-document-node': typedDocumentNode,
};
const root = path.join(__dirname, '..');

/** Every file a glob of the form `dir/*.ext` names (all codegen.ts uses), sorted. */
function expand(pattern: string): string[] {
  const dir = path.join(root, path.dirname(pattern));
  const ext = path.extname(pattern);
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Runs codegen.ts's configuration and returns each output file's text, keyed by its path. */
export async function generate(): Promise<Record<string, string>> {
  const schemaFile = path.join(root, String(config.schema));
  const schema = buildSchema(fs.readFileSync(schemaFile, 'utf8'));
  const documents = (config.documents as string[]).flatMap(expand).map((file) => ({
    location: path.relative(root, file),
    document: parse(fs.readFileSync(file, 'utf8')),
  }));
  const out: Record<string, string> = {};
  for (const [file, target] of Object.entries(config.generates)) {
    const { plugins, config: pluginConfig } = target as Types.ConfiguredOutput;
    out[file] = await codegen({
      filename: file,
      schema: parse(fs.readFileSync(schemaFile, 'utf8')),
      schemaAst: schema,
      documents,
      config: pluginConfig ?? {},
      plugins: (plugins as string[]).map((name) => ({ [name]: {} })),
      pluginMap: PLUGINS,
    });
  }
  return out;
}

if (require.main === module) {
  void generate().then((files) => {
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), text);
      process.stdout.write(`wrote ${file}\n`);
    }
  });
}
