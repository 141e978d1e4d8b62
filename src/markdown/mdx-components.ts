/**
 * The components an `.mdx` entry may use: the one allow-list that the checker
 * (src/check/mdx.ts), the render pipeline's guard (remark-mdx-guard) and the CMS
 * read. Anything else written with a capital (`<Waarschuwing>`), any `{…}`
 * expression and any `import`/`export` is refused: MDX is code that runs at build
 * time with the build machine's environment, content is trusted for what it says only.
 *
 * Today the list is empty: no entry needs a component (HTML elements in lower case,
 * such as `<abbr title="…">`, stay allowed and are sanitised like in `.md`). To add
 * one: declare it here with its props (string values only, no `{…}`), write it under
 * src/components/mdx/ and pass it to `<Content components={…} />` in the entry route.
 */
export interface MdxComponentProp {
  required?: boolean;
  /** What the prop holds, for messages to authors. */
  description: string;
}

export interface MdxComponent {
  description: string;
  props: Readonly<Record<string, MdxComponentProp>>;
}

export const MDX_COMPONENTS: Readonly<Record<string, MdxComponent>> = {};
