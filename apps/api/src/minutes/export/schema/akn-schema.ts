import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML, type XMLValidationResult } from 'xmllint-wasm';

const schema = () => ({ fileName: 'akomantoso30.xsd', contents: readFileSync(join(__dirname, 'akomantoso30.xsd'), 'utf8') });
const xmlNamespace = () => ({ fileName: 'xml.xsd', contents: readFileSync(join(__dirname, 'xml.xsd'), 'utf8') });

/** Validates a document against the OASIS Akoma Ntoso 3.0 schema (libxml2 compiled to WebAssembly: no system tool needed). */
export function validateAkn(xml: string): Promise<XMLValidationResult> {
  return validateXML({ xml: { fileName: 'export.akn.xml', contents: xml }, schema: schema(), preload: [xmlNamespace()], maxMemoryPages: 4096 });
}
