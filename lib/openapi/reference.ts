/**
 * The generated OpenAPI document as the reference page shows it: operations grouped by tag with
 * their parameters, responses and examples, and the component schemas as field tables. Built from
 * the document alone (lib/openapi/document.ts), so the page always matches the API.
 */
import {
  exampleOf,
  fieldRows,
  refName,
  toNode,
  typeLabel,
  type FieldRow,
  type SchemaNode,
  type TypeLabel,
} from "./schema-nodes";

export interface ReferenceParameter {
  name: string;
  location: "query" | "path";
  required: boolean;
  type: TypeLabel;
  description: string | null;
  example: string | null;
}

export interface ReferenceResponse {
  status: string;
  description: string;
  schema: string | null;
}

export interface ReferenceOperation {
  id: string;
  method: "GET";
  /** The full path, e.g. "/api/v1/events/{id}". */
  path: string;
  summary: string;
  description: string;
  parameters: ReferenceParameter[];
  responses: ReferenceResponse[];
  /** A request built from the parameters' examples. */
  exampleRequest: string;
  /** The 200 body, built from the schema's examples (pretty JSON). */
  exampleResponse: string | null;
}

export interface ReferenceTag {
  name: string;
  description: string;
  operations: ReferenceOperation[];
}

export interface ReferenceSchema {
  name: string;
  description: string | null;
  fields: FieldRow[];
  /** For schemas that are not objects (enums, unions). */
  type: TypeLabel | null;
}

export interface Reference {
  title: string;
  version: string;
  basePath: string;
  tags: ReferenceTag[];
  schemas: ReferenceSchema[];
  errorExample: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

function exampleText(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  return Array.isArray(value) ? value.join(",") : String(value);
}

function parametersOf(operation: Record<string, unknown>): ReferenceParameter[] {
  const list = Array.isArray(operation.parameters) ? operation.parameters : [];
  return list.filter(isRecord).map((parameter) => {
    const schema = toNode(parameter.schema);
    return {
      name: text(parameter.name),
      location: parameter.in === "path" ? "path" : "query",
      required: parameter.required === true,
      type: typeLabel(schema),
      description: text(parameter.description) || schema.description || null,
      example: exampleText(schema.example),
    };
  });
}

function responsesOf(operation: Record<string, unknown>): ReferenceResponse[] {
  const responses = isRecord(operation.responses) ? operation.responses : {};
  return Object.entries(responses).map(([status, value]) => {
    const response = isRecord(value) ? value : {};
    const content = isRecord(response.content) ? response.content : {};
    const json = isRecord(content["application/json"]) ? content["application/json"] : {};
    return {
      status,
      description: text(response.description),
      schema: refName(toNode(json.schema).$ref),
    };
  });
}

function exampleRequest(basePath: string, path: string, parameters: ReferenceParameter[]) {
  let concrete = `${basePath}${path}`;
  const query = new URLSearchParams();
  for (const parameter of parameters) {
    if (parameter.location === "path") {
      concrete = concrete.replace(`{${parameter.name}}`, parameter.example ?? parameter.name);
    } else if (parameter.example !== null && query.size < 2 && parameter.name !== "updated_since") {
      query.set(parameter.name, parameter.example);
    }
  }
  return query.size > 0 ? `${concrete}?${query.toString()}` : concrete;
}

export function buildReference(document: unknown): Reference {
  const doc = isRecord(document) ? document : {};
  const info = isRecord(doc.info) ? doc.info : {};
  const servers = Array.isArray(doc.servers) ? doc.servers.filter(isRecord) : [];
  const basePath = text(servers[0]?.url);
  const componentsRaw =
    isRecord(doc.components) && isRecord(doc.components.schemas) ? doc.components.schemas : {};
  const components: Record<string, SchemaNode> = Object.fromEntries(
    Object.entries(componentsRaw).map(([name, schema]) => [name, toNode(schema)]),
  );
  const pretty = (node: SchemaNode) => JSON.stringify(exampleOf(node, components), null, 2);

  const operations = Object.entries(isRecord(doc.paths) ? doc.paths : {}).flatMap(
    ([path, item]) => {
      const operation = isRecord(item) && isRecord(item.get) ? item.get : null;
      if (!operation) return [];
      const parameters = parametersOf(operation);
      const responses = responsesOf(operation);
      const ok = responses.find((response) => response.status === "200");
      const tags = Array.isArray(operation.tags) ? operation.tags.map(String) : [];
      return [
        {
          tag: tags[0] ?? "",
          operation: {
            id: text(operation.operationId),
            method: "GET" as const,
            path: `${basePath}${path}`,
            summary: text(operation.summary),
            description: text(operation.description),
            parameters,
            responses,
            exampleRequest: exampleRequest(basePath, path, parameters),
            exampleResponse: ok?.schema
              ? pretty({ $ref: `#/components/schemas/${ok.schema}` })
              : null,
          },
        },
      ];
    },
  );

  const tagList = Array.isArray(doc.tags) ? doc.tags.filter(isRecord) : [];
  const tags = tagList.map((tag) => ({
    name: text(tag.name),
    description: text(tag.description),
    operations: operations
      .filter((entry) => entry.tag === tag.name)
      .map((entry) => entry.operation),
  }));

  const schemas = Object.entries(components)
    .map(([name, node]) => ({
      name,
      description: node.description ?? null,
      fields: fieldRows(node),
      type: node.properties ? null : typeLabel(node),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));

  return {
    title: text(info.title),
    version: text(info.version),
    basePath,
    tags,
    schemas,
    errorExample: pretty({ $ref: "#/components/schemas/Error" }),
  };
}
