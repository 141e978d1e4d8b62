/**
 * MDX is code: `{…}` expressions, `import`/`export` and components run when the
 * build compiles an `.mdx` file, with the build machine's environment
 * (an expression reading the environment would publish a deploy token). Content gets no code: this
 * module finds every such construct in an MDX tree (remark-mdx / mdast-util-mdx
 * node types), and `remarkMdxGuard` refuses the file in the render pipeline, as a
 * second line behind `npm run check` (src/check/mdx.ts), which reports the same
 * findings with `path:line` before any build.
 *
 * Allowed: lower-case HTML elements written as JSX with literal string attributes
 * (sanitised like HTML in `.md`), and the components of MDX_COMPONENTS with their
 * declared props.
 */
import type { Root } from 'mdast';
import type { Node as UnistNode } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { failOnErrors, setSeverity, type AnyNode, type VFileMessage } from '../../shared/index.ts';
import { MDX_COMPONENTS, type MdxComponent } from '../../mdx-components.ts';

export interface MdxCodeFinding {
  /** Line within the parsed text (1-based). */
  line: number;
  column: number;
  message: string;
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value?: string };
}

interface JsxNode extends AnyNode {
  name: string | null;
  attributes: JsxAttribute[];
}

const NO_CODE = 'een tekst mag geen code uitvoeren';

function shorten(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

function componentList(components: Readonly<Record<string, MdxComponent>>): string {
  const names = Object.keys(components);
  return names.length === 0 ? 'er zijn (nog) geen componenten voor inhoud' : `toegestaan: ${names.map((n) => `<${n}>`).join(', ')}`;
}

/** Whether a JSX name is an HTML element (lower case, no member access), not a component. */
export function isHtmlName(name: string): boolean {
  return /^[a-z][a-z0-9-]*$/.test(name);
}

/** Every expression, import/export, unknown component and code-valued attribute in an MDX tree. */
export function findMdxCode(tree: AnyNode, components: Readonly<Record<string, MdxComponent>> = MDX_COMPONENTS): MdxCodeFinding[] {
  const out: MdxCodeFinding[] = [];
  const push = (node: AnyNode, message: string) =>
    out.push({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1, message });
  visit(tree as UnistNode, (visited) => {
    const node = visited as AnyNode;
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const value = String(node.value ?? '');
        const comment = /^\s*\/\*[\s\S]*\*\/\s*$/.test(value);
        push(
          node,
          comment
            ? `MDX-commentaar {${shorten(value)}} is code en niet toegestaan; haal het weg (opmerkingen horen niet in de tekst)`
            : `MDX-expressie {${shorten(value)}} is niet toegestaan: ${NO_CODE} (alles tussen { } wordt bij het bouwen uitgevoerd). Bedoel je een accolade, schrijf dan \\{`,
        );
        return;
      }
      case 'mdxjsEsm': {
        const value = String(node.value ?? '');
        const word = /^\s*export\b/.test(value) ? 'export' : 'import';
        push(
          node,
          `"${shorten(value)}": ${word} is niet toegestaan in een tekst: ${NO_CODE}. Componenten komen uit de vaste lijst (${componentList(components)}); bedoel je gewone tekst die met "${word}" begint, schrijf het woord dan niet aan het begin van een regel`,
        );
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const jsx = node as JsxNode;
        const name = jsx.name;
        if (name === null) {
          push(node, `een leeg JSX-element <>…</> is niet toegestaan; haal <> en </> weg`);
          return;
        }
        const component = isHtmlName(name) ? undefined : components[name];
        if (!isHtmlName(name) && !component) {
          push(node, `onbekend component <${name}>: ${componentList(components)}. Schrijf de tekst zonder component, of gebruik .md`);
        }
        for (const attribute of jsx.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            push(node, `{${shorten(String((attribute as { value?: unknown }).value ?? ''))}} op <${name}> is code en niet toegestaan; schrijf elk attribuut als naam="waarde"`);
            continue;
          }
          const value = attribute.value;
          if (value && typeof value === 'object') {
            push(node, `attribuut ${attribute.name}={${shorten(String(value.value ?? ''))}} op <${name}>: een waarde tussen { } is code en niet toegestaan; schrijf de waarde tussen aanhalingstekens: ${attribute.name}="…"`);
          }
          if (component && attribute.name && !(attribute.name in component.props)) {
            const known = Object.keys(component.props);
            push(node, `<${name}> kent geen attribuut "${attribute.name}"${known.length ? ` (wel: ${known.join(', ')})` : ''}`);
          }
        }
        if (component) {
          const given = new Set(jsx.attributes.map((a) => a.name));
          for (const [prop, spec] of Object.entries(component.props)) {
            if (spec.required && !given.has(prop)) push(node, `<${name}> mist het attribuut "${prop}" (${spec.description})`);
          }
        }
        return;
      }
      default:
        return;
    }
  });
  return out;
}

/**
 * remark plugin, first in the pipeline: fails an MDX file that holds code (see
 * findMdxCode), before MDX turns the tree into JavaScript. A no-op for `.md`,
 * whose tree has no MDX nodes.
 */
export function remarkMdxGuard() {
  return (tree: Root, file: VFile) => {
    const findings = findMdxCode(tree as AnyNode);
    if (findings.length === 0) return;
    const errors: VFileMessage[] = findings.map((f) =>
      setSeverity(file.message(f.message, { place: { line: f.line, column: f.column }, ruleId: 'mdx-code', source: 'wegwijs-mdx-guard' }), 'error'),
    );
    failOnErrors(file, errors, 'wegwijs-mdx-guard', 'mdx-code', `${errors.length} keer code in een MDX-tekst (niet toegestaan):`);
  };
}
