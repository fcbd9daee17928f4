import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

/** The OASIS schema as shipped beside the exporter (a test's tool: the API does not validate at run time). */
const SCHEMA_DIR = join(__dirname, '../src/minutes/export/schema');

const schema = () => ({ fileName: 'akomantoso30.xsd', contents: readFileSync(join(SCHEMA_DIR, 'akomantoso30.xsd'), 'utf8') });
const xmlNamespace = () => ({ fileName: 'xml.xsd', contents: readFileSync(join(SCHEMA_DIR, 'xml.xsd'), 'utf8') });

/** Validates a document against the OASIS Akoma Ntoso 3.0 schema (libxml2 compiled to WebAssembly: no system tool needed). */
export function validateAkn(xml: string): Promise<XMLValidationResult> {
  return validateXML({ xml: { fileName: 'export.akn.xml', contents: xml }, schema: schema(), preload: [xmlNamespace()], maxMemoryPages: 4096 });
}
