/**
 * Reading the JSON Schemas of the generated OpenAPI document (3.1: plain JSON Schema 2020-12), for
 * the reference page: type labels, fields of objects, and example values. The document comes from
 * zod-openapi; these readers narrow it by hand rather than trust a type.
 */

export interface SchemaNode {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  items?: SchemaNode;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  description?: string;
  example?: unknown;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A JSON value as a SchemaNode (unknown keys kept out). */
export function toNode(value: unknown): SchemaNode {
  if (!isRecord(value)) return {};
  const node: SchemaNode = {};
  if (typeof value.$ref === "string") node.$ref = value.$ref;
  if (typeof value.type === "string" || Array.isArray(value.type)) {
    node.type = Array.isArray(value.type) ? value.type.map(String) : value.type;
  }
  if (typeof value.format === "string") node.format = value.format;
  if (Array.isArray(value.enum)) node.enum = value.enum;
  if ("const" in value) node.const = value.const;
  if (value.items !== undefined) node.items = toNode(value.items);
  if (isRecord(value.properties)) {
    node.properties = Object.fromEntries(
      Object.entries(value.properties).map(([key, child]) => [key, toNode(child)]),
    );
  }
  if (Array.isArray(value.required)) node.required = value.required.map(String);
  if (Array.isArray(value.anyOf)) node.anyOf = value.anyOf.map(toNode);
  if (Array.isArray(value.oneOf)) node.oneOf = value.oneOf.map(toNode);
  if (typeof value.description === "string") node.description = value.description;
  if ("example" in value) node.example = value.example;
  if ("default" in value) node.default = value.default;
  if (typeof value.minimum === "number") node.minimum = value.minimum;
  if (typeof value.maximum === "number") node.maximum = value.maximum;
  if (typeof value.maxItems === "number") node.maxItems = value.maxItems;
  return node;
}

export function refName(ref: string | undefined): string | null {
  return ref?.startsWith("#/components/schemas/")
    ? ref.slice("#/components/schemas/".length)
    : null;
}

export interface TypeLabel {
  /** e.g. "string (date)", "array of", "integer | null". */
  text: string;
  /** The component the type refers to, when it is one. */
  ref: string | null;
  nullable: boolean;
  values: string[];
}

function alternatives(node: SchemaNode): SchemaNode[] | null {
  return node.anyOf ?? node.oneOf ?? null;
}

export function typeLabel(node: SchemaNode): TypeLabel {
  const ref = refName(node.$ref);
  if (ref) return { text: "", ref, nullable: false, values: [] };
  const options = alternatives(node);
  if (options) {
    const concrete = options.filter((option) => option.type !== "null");
    const nullable = concrete.length < options.length;
    const [only] = concrete;
    if (concrete.length === 1 && only) return { ...typeLabel(only), nullable };
    const text = concrete
      .map((option) => typeLabel(option).text || refName(option.$ref))
      .join(" | ");
    return { text, ref: null, nullable, values: [] };
  }
  const types = Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
  const nullable = types.includes("null");
  const type = types.find((candidate) => candidate !== "null") ?? "any";
  const values = (node.enum ?? (node.const !== undefined ? [node.const] : [])).map(String);
  if (type === "array") {
    const inner = typeLabel(node.items ?? {});
    return {
      text: `array of ${inner.text}`.trim(),
      ref: inner.ref,
      nullable,
      values: inner.values,
    };
  }
  return { text: node.format ? `${type} (${node.format})` : type, ref: null, nullable, values };
}

export interface FieldRow {
  /** Dotted path: "location.country_id", "actors[].role". */
  name: string;
  type: TypeLabel;
  required: boolean;
  description: string | null;
}

/** The object of `node` (through nullable/array wrappers), when it is an inline one. */
function inlineObject(node: SchemaNode): { node: SchemaNode; suffix: string } | null {
  if (node.$ref) return null;
  if (node.properties) return { node, suffix: "" };
  const options = alternatives(node)?.filter((option) => option.type !== "null");
  if (options?.length === 1 && options[0]) return inlineObject(options[0]);
  if (node.items) {
    const inner = inlineObject(node.items);
    return inner ? { node: inner.node, suffix: `[]${inner.suffix}` } : null;
  }
  return null;
}

/** The fields of an object schema, inline objects flattened into dotted rows. */
export function fieldRows(node: SchemaNode, prefix = ""): FieldRow[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).flatMap(([key, child]) => {
    const name = `${prefix}${key}`;
    const row: FieldRow = {
      name,
      type: typeLabel(child),
      required: required.has(key),
      description: child.description ?? null,
    };
    const nested = inlineObject(child);
    return nested ? [row, ...fieldRows(nested.node, `${name}${nested.suffix}.`)] : [row];
  });
}

const FORMAT_EXAMPLES: Readonly<Record<string, unknown>> = {
  date: "2024-03-01",
  "date-time": "2026-01-31T12:00:00.000000Z",
  uuid: "0f6c5d0a-6f3b-5c2e-9a8f-1d2e3f4a5b6c",
};

/** A plausible value of `node`: its example, else one built from its type (depth-limited). */
export function exampleOf(
  node: SchemaNode,
  components: Readonly<Record<string, SchemaNode>>,
  depth = 0,
): unknown {
  if (node.example !== undefined) return node.example;
  if (depth > 8) return null;
  const ref = refName(node.$ref);
  if (ref) return exampleOf(components[ref] ?? {}, components, depth + 1);
  const options = alternatives(node);
  if (options) {
    const chosen = options.find((option) => option.type !== "null") ?? options[0] ?? {};
    return exampleOf(chosen, components, depth + 1);
  }
  if (node.const !== undefined) return node.const;
  if (node.enum && node.enum.length > 0) return node.enum[0];
  const type = Array.isArray(node.type) ? node.type.find((t) => t !== "null") : node.type;
  switch (type) {
    case "object":
      return Object.fromEntries(
        Object.entries(node.properties ?? {}).map(([key, child]) => [
          key,
          exampleOf(child, components, depth + 1),
        ]),
      );
    case "array":
      return [exampleOf(node.items ?? {}, components, depth + 1)];
    case "integer":
    case "number":
      return node.minimum !== undefined && node.minimum > 0 ? node.minimum : 1;
    case "boolean":
      return true;
    case "string":
      return (node.format && FORMAT_EXAMPLES[node.format]) ?? "…";
    default:
      return null;
  }
}
